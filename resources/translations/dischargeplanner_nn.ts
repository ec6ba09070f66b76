<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>AccessDetails</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="160" />
        <source>action no. %1</source>
        <translation>tiltak nr. %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="164" />
        <source>meeting no. %1</source>
        <translation>møte nr. %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="168" />
        <source>contact no. %1</source>
        <translation>kontakt nr. %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="202" />
        <source>checklist item «%1»</source>
        <translation>sjekkpunkt «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="216" />
        <source>%1, version %2</source>
        <translation>%1, versjon %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="272" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="307" />
        <source>contract</source>
        <translation>avtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="309" />
        <source>no contract</source>
        <translation>ingen avtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="316" />
        <source>followed %1</source>
        <translation>følgt %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="349" />
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="359" />
        <source>new: %1, changed: %2</source>
        <translation>nye: %1, endra: %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="376" />
        <source>%1, new role: %2</source>
        <translation>%1, ny rolle: %2</translation>
    </message>
</context>
<context>
    <name>AccessLog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="62" />
        <source>Opened the plan</source>
        <translation>Opna planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="63" />
        <source>Created the plan</source>
        <translation>Oppretta planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="64" />
        <source>Changed the patient's or the stay's details</source>
        <translation>Endra opplysningar om pasienten eller opphaldet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="65" />
        <source>Registered the discharge</source>
        <translation>Registrerte utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="66" />
        <source>Reopened the plan</source>
        <translation>Opna planen på nytt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="67" />
        <source>Changed the plan's status</source>
        <translation>Endra statusen til planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="68" />
        <source>Changed a checklist item</source>
        <translation>Endra sjekkpunkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="69" />
        <source>Changed an area's status or goal</source>
        <translation>Endra status eller mål for eit område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="70" />
        <source>Changed an agreed action</source>
        <translation>Endra avtalt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="71" />
        <source>Changed a consent</source>
        <translation>Endra samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="72" />
        <source>Changed an appointment</source>
        <translation>Endra avtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="73" />
        <source>Changed the cooperation with the municipality</source>
        <translation>Endra samarbeid med kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="74" />
        <source>Changed a meeting or its minutes</source>
        <translation>Endra møte eller referat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="75" />
        <source>Changed the crisis plan</source>
        <translation>Endra kriseplan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="76" />
        <source>Changed children and family</source>
        <translation>Endra barn og familie</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="77" />
        <source>Changed self-help</source>
        <translation>Endra sjølvhjelp</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="78" />
        <source>Changed the self-help group directory</source>
        <translation>Endra katalogen over sjølvhjelpsgrupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="79" />
        <source>Recorded the call after discharge</source>
        <translation>Registrerte samtale etter utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="80" />
        <source>Changed a user account</source>
        <translation>Endra brukarkonto</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="81" />
        <source>Restored the database from a backup</source>
        <translation>Henta databasen tilbake frå ein tryggingskopi</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="82" />
        <source>Undid a change</source>
        <translation>Angra ei endring</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="83" />
        <source>Redid a change</source>
        <translation>Gjorde om ei endring</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="84" />
        <source>Printed a document</source>
        <translation>Skreiv ut dokument</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="85" />
        <source>Saved a document as PDF</source>
        <translation>Lagra dokument som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="86" />
        <source>Saved meeting minutes as PDF</source>
        <translation>Lagra møtereferat som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="87" />
        <source>Saved the access extract as PDF</source>
        <translation>Lagra innsynslogg som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="88" />
        <source>Printed or saved a document</source>
        <translation>Skreiv ut/lagra dokument</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="89" />
        <source>Other action (%1)</source>
        <translation>Anna handling (%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="93" />
        <source>its content was changed after it was written</source>
        <translation>innhaldet i rada er endra etter at ho vart skriven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="94" />
        <source>it does not follow the row before it: a row may have been removed or inserted</source>
        <translation>rada heng ikkje saman med rada før: ei rad kan vere fjerna eller sett inn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="97" />
        <source>it was written without its checksum, outside the program</source>
        <translation>rada er skriven utan kontrollsum, utanom programmet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="117" />
        <source>The log is whole (rows checked: %1).</source>
        <translation>Loggen er heil (rader kontrollerte: %1).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="122" />
        <source>Warning: the log is broken at row %1 – %2. Rows may have been changed or removed outside the program; tell whoever is responsible for information security.</source>
        <translation>Åtvaring: loggen er broten ved rad %1 – %2. Rader kan vere endra eller fjerna utanom programmet; sei frå til den som har ansvar for informasjonstryggleik.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="144" />
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="145" />
        <source>User</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="146" />
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="147" />
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="148" />
        <source>Details</source>
        <translation>Detaljar</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="246" />
        <source>The access log is for administrators. Ask an administrator if a patient wants to know who has opened their plan.</source>
        <translation>Tilgangsloggen er for administratorar. Spør ein administrator dersom ein pasient vil vite kven som har opna planen sin.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="262" />
        <source>← Ward overview</source>
        <translation>← Avdelingsoversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="263" />
        <source>Back to all plans (Esc)</source>
        <translation>Tilbake til alle planar (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="264" />
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="347" />
        <source>Access log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="279" />
        <source>Every time a plan was opened, changed, printed or saved as a document: who and when. Nobody can change or remove a row; the check below shows whether the log is whole.</source>
        <translation>Kvar gong ein plan vart opna, endra, skriven ut eller lagra som dokument: kven og når. Ingen kan endre eller fjerne ei rad; kontrollen under viser om loggen er heil.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="291" />
        <source>No entries match these filters. Widen the period or clear the filters.</source>
        <translation>Ingen registreringar passar med desse filtera. Utvid perioden eller vis alt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="311" />
        <source>Part of the patient's name</source>
        <translation>Del av namnet til pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="319" />
        <source>Show &amp;everything</source>
        <translation>Vis &amp;alt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="321" />
        <source>Every user and patient, from the first row of the log</source>
        <translation>Alle brukarar og pasientar, frå første rad i loggen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="324" />
        <source>&amp;User</source>
        <translation>&amp;Brukar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="325" />
        <source>&amp;Patient</source>
        <translation>&amp;Pasient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="326" />
        <source>&amp;From</source>
        <translation>&amp;Frå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="327" />
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="370" />
        <source>Access e&amp;xtract for the selected patient…</source>
        <translation>&amp;Innsynslogg for vald pasient…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="373" />
        <source>The patient's own copy (innsynslogg) as PDF: who opened or changed their plan, and when</source>
        <translation>Pasienten sin eigen kopi (innsynslogg) som PDF: kven som har opna eller endra planen, og når</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="376" />
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="378" />
        <source>Read the log again and check it (F5)</source>
        <translation>Les loggen på nytt og kontroller han (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="415" />
        <source>All users</source>
        <translation>Alle brukarar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="454" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n registrering</numerusform>
            <numerusform>%n registreringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="493" />
        <source>No extract</source>
        <translation>Ingen innsynslogg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="494" />
        <source>The plan no longer exists, so there is nothing to extract.</source>
        <translation>Planen finst ikkje lenger, så det er ingen innsynslogg å lage.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="498" />
        <source>Save access extract as PDF</source>
        <translation>Lagre innsynslogg som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="498" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="507" />
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="508" />
        <source>The PDF could not be written to %1. %2 Nothing was written.</source>
        <translation>PDF-en kunne ikkje skrivast til %1. %2 Ingenting vart skrive.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="516" />
        <source>Not logged</source>
        <translation>Ikkje logga</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="517" />
        <source>The PDF was written to %1, but its export could not be logged (%2).</source>
        <translation>PDF-fila vart skriven til %1, men utleveringa kunne ikkje loggast (%2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="522" />
        <source>Saved</source>
        <translation>Lagra</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="522" />
        <source>Saved as %1.</source>
        <translation>Lagra som %1.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="43" />
        <source>Agreed action</source>
        <translation>Avtalt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="43" />
        <source>New agreed action</source>
        <translation>Nytt avtalt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="52" />
        <source>What is to be done, e.g. «Apply for housing allowance»</source>
        <translation>Kva som skal gjerast, til dømes «Søkje om bustøtte»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="54" />
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="70" />
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="60" />
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="65" />
        <source>Name of the person or service, if known</source>
        <translation>Namn på person eller teneste, om du veit det</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="66" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="70" />
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="94" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="87" />
        <source>No deadline</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="100" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="32" />
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="32" />
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="32" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="32" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="60" />
        <source>no deadline</source>
        <translation>ingen frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="62" />
        <source>%1 (overdue)</source>
        <translation>%1 (over fristen)</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="51" />
        <source>New action…</source>
        <translation>Nytt tiltak…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="54" />
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="57" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="66" />
        <source>Agreed actions</source>
        <translation>Avtalte tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="78" />
        <source>No agreed actions yet. Press «New action…» to record what is to be done, by whom and by when.</source>
        <translation>Ingen avtalte tiltak enno. Trykk «Nytt tiltak…» for å skrive ned kva som skal gjerast, av kven og innan når.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="153" />
        <source>Remove the action «%1»?</source>
        <translation>Vil du fjerne tiltaket «%1»?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="154" />
        <source>Remove action</source>
        <translation>Fjern tiltak</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="72" />
        <source>Change appointment</source>
        <translation>Endre avtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="72" />
        <source>New appointment</source>
        <translation>Ny avtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="105" />
        <source>e.g. «Appointment with the GP» or «First NA group meeting»</source>
        <translation>t.d. «Time hos fastlegen» eller «Første møte i NA-gruppe»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="107" />
        <source>&amp;What</source>
        <translation>&amp;Kva</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="117" />
        <source>&amp;Area</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="123" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="126" />
        <source>Agreed &amp;time</source>
        <translation>Avtalt &amp;tid</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="132" />
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="136" />
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="141" />
        <source>Wit&amp;h whom</source>
        <translation>Hos k&amp;ven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="144" />
        <source>Person or service, e.g. the GP or the NAV adviser</source>
        <translation>Person eller teneste, t.d. fastlegen eller NAV-rettleiaren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="148" />
        <source>&amp;Place</source>
        <translation>&amp;Stad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="151" />
        <source>Address or name of the place</source>
        <translation>Adresse eller namn på staden</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="155" />
        <source>Ph&amp;one</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="158" />
        <source>Number to call if the time must be changed</source>
        <translation>Nummer å ringje dersom timen må endrast</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="163" />
        <source>What the patient should bring or remember</source>
        <translation>Kva pasienten skal ha med seg eller hugse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="165" />
        <source>&amp;Note</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="193" />
        <source>The date is before admission (%1).</source>
        <translation>Datoen er før innlegginga (%1).</translation>
    </message>
</context>
<context>
    <name>AppointmentModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="144" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="145" />
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="146" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="147" />
        <source>With whom</source>
        <translation>Hos kven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="148" />
        <source>Where</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="149" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="220" />
        <source>Appointments after discharge</source>
        <translation>Avtalar etter utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="223" />
        <source>GP, NAV, the kommune, a first self-help meeting: date, time, place and phone go into the handover (under consent) and, in plain words, into the patient's copy.</source>
        <translation>Fastlege, NAV, kommunen, eit første møte i ei sjølvhjelpsgruppe: dato, klokkeslett, stad og telefon kjem med i overføringa (etter samtykke) og, med enkle ord, i kopien til pasienten.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="227" />
        <source>No appointments yet. Add the first with «New appointment…».</source>
        <translation>Ingen avtalar enno. Legg inn den første med «Ny avtale…».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="228" />
        <source>&amp;New appointment…</source>
        <translation>Ny &amp;avtale…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="230" />
        <source>Chan&amp;ge…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="233" />
        <source>&amp;Remove</source>
        <translation>S&amp;lett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="273" />
        <source>Remove appointment</source>
        <translation>Slett avtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="274" />
        <source>Remove the appointment «%1»?</source>
        <translation>Slette avtalen «%1»?</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="47" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="186" />
        <source>At admission</source>
        <translation>Ved innlegging</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="48" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="187" />
        <source>Now</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="183" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="189" />
        <source>At discharge</source>
        <translation>Ved utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="194" />
        <source>Short reason for the status</source>
        <translation>Kort grunngiving for statusen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="199" />
        <source>The patient's goal, in their own words</source>
        <translation>Målet til pasienten, med eigne ord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="217" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="323" />
        <source>Show help (F1)</source>
        <translation>Vis hjelp (F1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="221" />
        <source>What the selected item means and how to do it</source>
        <translation>Kva det valde punktet tyder, og korleis det blir gjort</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="224" />
        <source>Edit item…</source>
        <translation>Rediger punkt…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="233" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="259" />
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="260" />
        <source>Agreed actions</source>
        <translation>Avtalte tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="290" />
        <source>Agreed actions (%1)</source>
        <translation>Avtalte tiltak (%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="323" />
        <source>Hide help (F1)</source>
        <translation>Gøym hjelp (F1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="331" />
        <source>Select an item to see what it means.</source>
        <translation>Vel eit punkt for å sjå kva det tyder.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="333" />
        <source>Required before discharge.</source>
        <translation>Må vere på plass før utskriving.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="333" />
        <source>Optional.</source>
        <translation>Valfritt.</translation>
    </message>
</context>
<context>
    <name>AreaSlide</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="200" />
        <source>The patient's goal</source>
        <translation>Målet til pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="201" />
        <source>Open checklist items</source>
        <translation>Opne punkt på sjekklista</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="202" />
        <source>Open agreed actions</source>
        <translation>Opne avtalte tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="213" />
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="216" />
        <source>Minute</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="217" />
        <source>What was said and agreed about this area</source>
        <translation>Kva som vart sagt og avtalt om dette området</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="221" />
        <source>New decision (Ctrl+Enter adds it)</source>
        <translation>Nytt vedtak (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="226" />
        <source>Decisions made here</source>
        <translation>Vedtak på dette området</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="229" />
        <source>Decisions made here (Delete takes one back)</source>
        <translation>Vedtak på dette området (Delete trekkjer eit vedtak tilbake)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="233" />
        <source>No decisions in this area yet.</source>
        <translation>Ingen vedtak på dette området enno.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="242" />
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="243" />
        <source>What is to be done</source>
        <translation>Kva skal gjerast</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="246" />
        <source>Who is responsible</source>
        <translation>Kven er ansvarleg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="249" />
        <source>Name of the person or service</source>
        <translation>Namn på personen eller tenesta</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="250" />
        <source>Name, if known</source>
        <translation>Namn, om du veit det</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="253" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="254" />
        <source>Deadline (optional)</source>
        <translation>Frist (valfri)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="255" />
        <source>dd.mm.yyyy, e.g. 24.12.2026</source>
        <translation>dd.mm.åååå, til dømes 24.12.2026</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="256" />
        <source>Add decision</source>
        <translation>Legg til vedtak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="280" />
        <source>No goal written down yet.</source>
        <translation>Ikkje noko mål skrive ned enno.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="289" />
        <source>by %1</source>
        <translation>innan %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="291" />
        <source>decided %1</source>
        <translation>vedteke %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="293" />
        <source>None open.</source>
        <translation>Ingen opne.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="313" />
        <source>Every checklist item is done or does not apply.</source>
        <translation>Alle punkta på sjekklista er ferdige eller gjeld ikkje.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="314" />
        <source>(required)</source>
        <translation>(påkravd)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="316" />
        <source>%n open, %1 of them required</source>
        <translation>
            <numerusform>%n ope, %1 av dei påkravd</numerusform>
            <numerusform>%n opne, %1 av dei påkravde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="327" />
        <source>Describe what is to be done.</source>
        <translation>Skriv kva som skal gjerast.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="332" />
        <source>Write the deadline as dd.mm.yyyy, or leave it empty.</source>
        <translation>Skriv fristen som dd.mm.åååå, eller la feltet stå tomt.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="49" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="54" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="55" />
        <source>Damaged</source>
        <translation>Skadd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="69" />
        <source>Taken</source>
        <translation>Teken</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="70" />
        <source>Plans</source>
        <translation>Planar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="71" />
        <source>Size</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="101" />
        <source>This backup cannot be read: it is damaged, or was taken under another key. It cannot be restored.</source>
        <translation>Denne tryggingskopien kan ikkje lesast: han er skadd, eller teken med ein annan nøkkel. Han kan ikkje gjenopprettast.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="157" />
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="195" />
        <source>Backups</source>
        <translation>Tryggingskopiar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="166" />
        <source>A backup of all plans is taken when the program starts, once a day, and whenever you choose «Back up now». Backups are encrypted like the plans themselves. The %1 newest are kept, and the first backup of each month for a year.</source>
        <translation>Det blir teke ein tryggingskopi av alle planar når programmet startar, éin gong om dagen, og kvar gong du vel «Ta tryggingskopi no». Tryggingskopiane er krypterte slik planane sjølve er. Dei %1 nyaste blir tekne vare på, i tillegg til den første tryggingskopien i kvar månad det siste året.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="173" />
        <source>There are no backups yet. Take the first one with «Back up now».</source>
        <translation>Det finst ingen tryggingskopiar enno. Ta den første med «Ta tryggingskopi no».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="216" />
        <source>&amp;Back up now</source>
        <translation>&amp;Ta tryggingskopi no</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="218" />
        <source>Take a backup of all plans as they are now</source>
        <translation>Ta ein tryggingskopi av alle planar slik dei er no</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="220" />
        <source>&amp;Restore…</source>
        <translation>&amp;Gjenopprett…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="223" />
        <source>Go back to the selected backup; the data as it is now is set aside, not deleted</source>
        <translation>Gå tilbake til den valde tryggingskopien; dataa slik dei er no, blir sette til side og blir ikkje sletta</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="269" />
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="273" />
        <source>No backup taken</source>
        <translation>Ingen tryggingskopi teken</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="272" />
        <source>The backup could not be taken (%1). Nothing was changed in the plans.</source>
        <translation>Tryggingskopien kunne ikkje takast (%1). Ingenting er endra i planane.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="277" />
        <source>Backup taken %1 with %n plans.</source>
        <translation>
            <numerusform>Tryggingskopi teken %1 med %n plan.</numerusform>
            <numerusform>Tryggingskopi teken %1 med %n planar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="289" />
        <source>Restore the backup from %1 (%n plans)?

The data as it is now is set aside in the data folder, not deleted. What was recorded after %1 is then no longer shown. The program opens the restored data at once.</source>
        <translation>
            <numerusform>Gjenopprette tryggingskopien frå %1 (%n plan)?

Dataa slik dei er no, blir sette til side i datamappa og blir ikkje sletta. Det som er registrert etter %1, blir då ikkje vist lenger. Programmet opnar dei gjenoppretta dataa med ein gong.</numerusform>
            <numerusform>Gjenopprette tryggingskopien frå %1 (%n planar)?

Dataa slik dei er no, blir sette til side i datamappa og blir ikkje sletta. Det som er registrert etter %1, blir då ikkje vist lenger. Programmet opnar dei gjenoppretta dataa med ein gong.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="295" />
        <source>Restore backup</source>
        <translation>Gjenopprett tryggingskopi</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="304" />
        <source>The backup could not be restored (%1).</source>
        <translation>Tryggingskopien kunne ikkje gjenopprettast (%1).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="305" />
        <source>Nothing was lost: the data as it was is still in use.</source>
        <translation>Ingenting er tapt: dataa slik dei var, er framleis i bruk.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="306" />
        <source>Not restored</source>
        <translation>Ikkje gjenoppretta</translation>
    </message>
</context>
<context>
    <name>BarnevernDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="244" />
        <source>Barnevern</source>
        <translation>Barnevern</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="248" />
        <source>Stored because the patient consents to barnevern being involved or informed in the ansvarsgruppe. If the consent is withdrawn, these details are deleted.</source>
        <translation>Blir lagra fordi pasienten samtykkjer til at barnevernet blir involvert eller informert i ansvarsgruppa. Blir samtykket trekt tilbake, blir desse opplysningane sletta.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="256" />
        <source>Barnevern &amp;involved</source>
        <translation>Barnevernet &amp;involvert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="260" />
        <source>e.g. caseworker's name, barneverntjenesten in the kommune</source>
        <translation>t.d. namnet på saksbehandlaren, barnevernstenesta i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="261" />
        <source>&amp;Caseworker and office</source>
        <translation>&amp;Saksbehandlar og kontor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="263" />
        <source>What barnevern does, what is agreed</source>
        <translation>Kva barnevernet gjer, og kva som er avtalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="265" />
        <source>&amp;Note</source>
        <translation>&amp;Merknad</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="30" />
        <source>Change follow-up call</source>
        <translation>Endre oppfølgingssamtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="30" />
        <source>Follow-up call</source>
        <translation>Oppfølgingssamtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="38" />
        <source>Ask how things are going since discharge: housing, money, the first appointments, self-help, cravings. Did the municipality get the handover? Agree on what happens next.</source>
        <translation>Spør korleis det har gått sidan utskrivinga: bustad, økonomi, dei første avtalane, sjølvhjelp, rusbehov. Har kommunen fått overføringa? Avtal kva som skjer vidare.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="44" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="48" />
        <source>&amp;By whom</source>
        <translation>&amp;Av kven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="53" />
        <source>e.g. staying with his sister, sleeping badly, has not used</source>
        <translation>t.d. bur hos syster si, søv dårleg, har ikkje rusa seg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="55" />
        <source>&amp;How things are</source>
        <translation>&amp;Korleis det går</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="60" />
        <source>e.g. the GP appointment is moved to Friday; the municipality's contact visits on Monday</source>
        <translation>t.d. fastlegetimen er flytta til fredag; kontaktpersonen i kommunen kjem på besøk måndag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="63" />
        <source>What was &amp;arranged</source>
        <translation>Kva som vart a&amp;vtalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="64" />
        <source>Anything else worth knowing</source>
        <translation>Anna som er nyttig å vite</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="65" />
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="71" />
        <source>&amp;Yes, we talked</source>
        <translation>&amp;Ja, vi snakka saman</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="73" />
        <source>N&amp;o, not reached</source>
        <translation>N&amp;ei, ikkje nådd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="82" />
        <source>Was the patient reached?</source>
        <translation>Fekk de snakka med pasienten?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="84" />
        <source>Patient reached</source>
        <translation>Pasienten nådd</translation>
    </message>
</context>
<context>
    <name>CarePanels</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="68" />
        <source>Individual plan and ansvarsgruppe</source>
        <translation>Individuell plan og ansvarsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="70" />
        <source>Crisis plan</source>
        <translation>Kriseplan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="72" />
        <source>Children and family</source>
        <translation>Barn og familie</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="75" />
        <source>Contacts</source>
        <translation>Kontaktar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="78" />
        <source>Follow-up call</source>
        <translation>Oppfølgingssamtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="81" />
        <source>User-controlled bed, return and unplanned discharge</source>
        <translation>Brukarstyrt seng, retur og brot</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="114" />
        <source>Discharged unplanned: follow the procedure and mark it as followed (%1 → %2).</source>
        <translation>Utskriven uplanlagt: følg prosedyren ved brot og merk han som følgd (%1 → %2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="121" />
        <source>Follow-up call to the patient due %1 (%2 → %3).</source>
        <translation>Oppfølgingssamtale på telefon med pasienten skal gjerast %1 (%2 → %3).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="133" />
        <source>No named person responsible in the kommune yet (%1 → %2).</source>
        <translation>Ingen namngitt ansvarleg i kommunen enno (%1 → %2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="141" />
        <source>No procedure recorded for an unplanned discharge: who at the kommune must be told (%1 → %2).</source>
        <translation>Ingen prosedyre ved brot er registrert: kven i kommunen som skal varslast (%1 → %2).</translation>
    </message>
</context>
<context>
    <name>ChangeRunner</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="63" />
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="66" />
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="86" />
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="98" />
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="70" />
        <source>Not undone</source>
        <translation>Ikkje angra</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="72" />
        <source>This was changed again afterwards, so it cannot be undone or redone from here. Change it by hand instead.</source>
        <translation>Dette er endra igjen seinare, så det kan ikkje angrast eller gjerast om herifrå. Endre det for hand i staden.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="87" />
        <source>What you changed no longer exists in the plan. The plan has been reloaded.</source>
        <translation>Det du endra, finst ikkje lenger i planen. Planen er lasta inn på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="98" />
        <source>The plan has been reloaded.</source>
        <translation>Planen er lasta inn på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="102" />
        <source>Reload the plan to see what is stored now (your change is then left out), or store your change on top of it: what the other person changed elsewhere in the plan is kept.</source>
        <translation>Last inn planen på nytt for å sjå det som er lagra no (endringa di blir då ikkje lagra), eller lagre endringa di oppå: det den andre endra andre stader i planen, blir ståande.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="107" />
        <source>Changed by someone else</source>
        <translation>Endra av ein annan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="109" />
        <source>&amp;Store mine anyway</source>
        <translation>&amp;Lagre endringa mi likevel</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="110" />
        <source>&amp;Reload the plan</source>
        <translation>Last &amp;inn planen på nytt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="120" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="59" />
        <source>change to «%1»</source>
        <translation>endring av «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="121" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="60" />
        <source>status of %1</source>
        <translation>status for %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="122" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="61" />
        <source>goal for %1</source>
        <translation>mål for %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="123" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="62" />
        <source>new action «%1»</source>
        <translation>nytt tiltak «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="124" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="63" />
        <source>change to action «%1»</source>
        <translation>endring av tiltak «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="125" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="64" />
        <source>removal of action «%1»</source>
        <translation>sletting av tiltak «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="126" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="65" />
        <source>change to the plan's details</source>
        <translation>endring av opplysningane i planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="135" />
        <source>The plan was changed elsewhere after you opened it.</source>
        <translation>Planen vart endra ein annan stad etter at du opna han.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="145" />
        <source>%1 changed the plan %2, after you opened it: %3.</source>
        <translation>%1 endra planen %2, etter at du opna han: %3.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="151" />
        <source>There were %1 changes in all.</source>
        <translation>Det var %1 endringar i alt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="153" />
        <source>Your change has not been stored, and nothing was overwritten.</source>
        <translation>Endringa di er ikkje lagra, og ingenting er skrive over.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="41" />
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="42" />
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="43" />
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="44" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="45" />
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="46" />
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="98" />
        <source>when discharge is set</source>
        <translation>når utskrivingsdatoen er fastsett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="112" />
        <source>Required before discharge.</source>
        <translation>Må vere på plass før utskriving.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="115" />
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="120" />
        <source>Last changed by %1 on %2</source>
        <translation>Sist endra %2 av %1</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="86" />
        <source>Change child</source>
        <translation>Endre barn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="86" />
        <source>New child</source>
        <translation>Nytt barn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="92" />
        <source>Children are next of kin in their own right. First name or initials are enough; say who the child lives with and who cares for the child while the patient is here.</source>
        <translation>Barn er pårørande i eigen rett. Førenamn eller initialar er nok; skriv kven barnet bur hos, og kven som har omsorga medan pasienten er innlagd.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="100" />
        <source>First name or &amp;initials</source>
        <translation>Førenamn eller &amp;initialar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="105" />
        <source>e.g. %1</source>
        <translation>t.d. %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="108" />
        <source>&amp;Birth year</source>
        <translation>&amp;Fødselsår</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="112" />
        <source>e.g. the patient, the other parent, a foster home</source>
        <translation>t.d. pasienten, den andre forelderen, fosterheim</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="113" />
        <source>&amp;Lives with</source>
        <translation>&amp;Bur hos</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="117" />
        <source>e.g. the other parent, grandmother</source>
        <translation>t.d. den andre forelderen, mormor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="118" />
        <source>&amp;Cared for during the stay by</source>
        <translation>&amp;Omsorg under opphaldet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="119" />
        <source>What the child knows, needs, worries about</source>
        <translation>Kva barnet veit, treng og er uroleg for</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="120" />
        <source>&amp;Note</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="134" />
        <source>%n year(s) old this year</source>
        <translation>
            <numerusform>fyller %n år i år</numerusform>
            <numerusform>fyller %n år i år</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingSlide</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="140" />
        <source>Decisions made at this meeting</source>
        <translation>Vedtak i dette møtet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="146" />
        <source>&amp;Mark the meeting as held</source>
        <translation>&amp;Marker møtet som halde</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="149" />
        <source>Store and &amp;close (Esc)</source>
        <translation>Lagre og &amp;lukk (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="163" />
        <source>No deadline</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="172" />
        <source>No decisions yet.</source>
        <translation>Ingen vedtak enno.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="175" />
        <source>The meeting is marked as held on %1.</source>
        <translation>Møtet er markert som halde %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="177" />
        <source>The meeting is not marked as held yet.</source>
        <translation>Møtet er ikkje markert som halde enno.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="111" />
        <source>Change consent</source>
        <translation>Endre samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="111" />
        <source>New consent</source>
        <translation>Nytt samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="127" />
        <source>The patient decides what may be shared, and with whom. The consent covers only the areas ticked below (helsepersonelloven § 22).</source>
        <translation>Pasienten bestemmer kva som kan delast, og med kven. Samtykket gjeld berre dei områda som er kryssa av nedanfor (helsepersonellova § 22).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="132" />
        <source>Withdrawn %1: no documents for this recipient from that date.</source>
        <translation>Trekt tilbake %1: ingen dokument til denne mottakaren frå den datoen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="163" />
        <source>Recipient &amp;kind</source>
        <translation>&amp;Type mottakar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="168" />
        <source>&amp;Recipient</source>
        <translation>&amp;Mottakar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="178" />
        <source>The handover and the meeting minutes for this recipient are written in this standard. Many kommuner write Nynorsk.</source>
        <translation>Overføringa og møtereferata til denne mottakaren blir skrivne på denne målforma. Mange kommunar skriv nynorsk.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="182" />
        <source>for the handover and minutes to this recipient</source>
        <translation>for overføringa og referata til denne mottakaren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="183" />
        <source>Written &amp;in</source>
        <translation>Mål&amp;form</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="200" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="200" />
        <source>Tick all areas</source>
        <translation>Kryss av alle område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="202" />
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="202" />
        <source>Untick all areas</source>
        <translation>Fjern alle kryss</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="207" />
        <source>&amp;Areas</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="220" />
        <source>&amp;Given</source>
        <translation>&amp;Gitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="221" />
        <source>&amp;Written</source>
        <translation>&amp;Skriftleg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="223" />
        <source>&amp;Oral</source>
        <translation>M&amp;unnleg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="226" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="231" />
        <source>&amp;Noted by</source>
        <translation>&amp;Notert av</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="236" />
        <source>Has an &amp;expiry date</source>
        <translation>Har ut&amp;løpsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="246" />
        <source>Expires</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="253" />
        <source>Optional: what must not be shared, or may be shared only with someone named</source>
        <translation>Valfritt: kva som ikkje skal delast, eller berre delast med nokre bestemte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="257" />
        <source>Re&amp;strictions</source>
        <translation>&amp;Avgrensingar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="274" />
        <source>e.g. Bergen kommune, tildelingskontoret</source>
        <translation>t.d. Bergen kommune, tildelingskontoret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="275" />
        <source>e.g. NAV Årstad</source>
        <translation>t.d. NAV Årstad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="276" />
        <source>e.g. the GP's name and surgery</source>
        <translation>t.d. namnet på fastlegen og legekontoret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="277" />
        <source>Name and relation, e.g. sister</source>
        <translation>Namn og relasjon, t.d. syster</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="278" />
        <source>Name of the service or person</source>
        <translation>Namn på tenesta eller personen</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="96" />
        <source>Recipient</source>
        <translation>Mottakar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="97" />
        <source>Areas that may be shared</source>
        <translation>Område som kan delast</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="98" />
        <source>Given</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="99" />
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="100" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="101" />
        <source>Written in</source>
        <translation>Målform</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="102" />
        <source>Restrictions</source>
        <translation>Avgrensingar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="123" />
        <source>%1, %2, noted by %3</source>
        <translation>%1, %2, notert av %3</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="129" />
        <source>no expiry date</source>
        <translation>ingen utløpsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="132" />
        <source>Withdrawn %1</source>
        <translation>Trekt tilbake %1</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="131" />
        <source>Consent to share</source>
        <translation>Samtykke til å dele opplysningar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="134" />
        <source>The patient decides what may be shared with whom (helsepersonelloven § 22). A handover is made only for a recipient with valid consent, and only with the areas consent covers; the document says which areas were left out.</source>
        <translation>Pasienten bestemmer kva som kan delast med kven (helsepersonellova § 22). Ei overføring blir berre laga til ein mottakar med gyldig samtykke, og berre med dei områda samtykket gjeld; dokumentet seier kva område som er utelatne.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="141" />
        <source>No consent recorded yet. Ask the patient who the ward may share information with, and record it with «New consent…».</source>
        <translation>Ingen samtykke er registrerte enno. Spør pasienten kven avdelinga kan dele opplysningar med, og registrer det med «Nytt samtykke…».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="145" />
        <source>&amp;New consent…</source>
        <translation>Nytt &amp;samtykke…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="146" />
        <source>Chan&amp;ge…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="148" />
        <source>&amp;Withdraw…</source>
        <translation>&amp;Trekk tilbake…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="160" />
        <source>&lt;b&gt;No valid consent to share with the kommune.&lt;/b&gt; The handover cannot be made until there is one.</source>
        <translation>&lt;b&gt;Ingen gyldig samtykke til å dele med kommunen.&lt;/b&gt; Overføringa kan ikkje lagast før det finst eitt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="201" />
        <source>Already withdrawn</source>
        <translation>Allereie trekt tilbake</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="201" />
        <source>This consent is already withdrawn.</source>
        <translation>Dette samtykket er allereie trekt tilbake.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="94" />
        <source>Change contact</source>
        <translation>Endre kontakt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="94" />
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="105" />
        <source>The people the patient and the ward work with. Services are named in documents under the consent to share with the municipality; next of kin, peers and child welfare only under a valid consent tied to them here.</source>
        <translation>Personane pasienten og avdelinga samarbeider med. Tenester blir namngitte i dokument under samtykket til å dele med kommunen; pårørande, likepersonar og barnevernet berre når eit gyldig samtykke er knytt til dei her.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="134" />
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="139" />
        <source>e.g. housing support worker, priest</source>
        <translation>t.d. burettleiar, prest</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="140" />
        <source>&amp;What role</source>
        <translation>Kva r&amp;olle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="144" />
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="364" />
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="148" />
        <source>e.g. NAV Eksempelby, the housing office</source>
        <translation>t.d. NAV Eksempelby, bustadkontoret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="149" />
        <source>&amp;Organisation</source>
        <translation>&amp;Verksemd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="155" />
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="368" />
        <source>e.g. 912 34 567</source>
        <translation>t.d. 912 34 567</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="156" />
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="369" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="160" />
        <source>name@example.no</source>
        <translation>namn@eksempel.no</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="161" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="162" />
        <source>When to call, who stands in, …</source>
        <translation>Når det passar å ringje, kven som er stadfortredar, …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="163" />
        <source>No&amp;te</source>
        <translation>Mer&amp;knad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="168" />
        <source>No consent tied</source>
        <translation>Ikkje knytt til eit samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="175" />
        <source>Another patient's consent</source>
        <translation>Samtykke frå ein annan pasient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="180" />
        <source>&amp;Consent</source>
        <translation>&amp;Samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="181" />
        <source>Member of the &amp;ansvarsgruppe</source>
        <translation>Medlem av &amp;ansvarsgruppa</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="186" />
        <source>Named person re&amp;sponsible in the municipality</source>
        <translation>Namngitt ansvar&amp;leg i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="204" />
        <source>Next of kin and peers cannot be the named person responsible in the municipality.</source>
        <translation>Pårørande og likepersonar kan ikkje vere namngitt ansvarleg i kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="209" />
        <source>Shared in documents only while the consent tied here is valid.</source>
        <translation>Blir teke med i dokument berre så lenge samtykket som er knytt til kontakten her, gjeld.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="211" />
        <source>Shared as a service under the consent to share with the municipality.</source>
        <translation>Blir delt som teneste under samtykket til å dele med kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="222" />
        <source>Now %1: the mark moves to this contact.</source>
        <translation>No: %1. Ansvaret blir flytta til denne kontakten.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="347" />
        <source>Contact person or sponsor</source>
        <translation>Kontaktperson eller fadder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="356" />
        <source>Someone in a group the patient can call, such as a sponsor in AA or NA. Stored only because the patient consents to it.</source>
        <translation>Ein i ei gruppe som pasienten kan ringje, til dømes ein fadder i AA eller NA. Blir berre lagra fordi pasienten samtykkjer til det.</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="77" />
        <source>⚠ No named person responsible in the municipality yet: mark one contact as responsible.</source>
        <translation>⚠ Ingen namngitt ansvarleg i kommunen enno: merk éin kontakt som ansvarleg.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="88" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="89" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="90" />
        <source>Organisation</source>
        <translation>Verksemd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="91" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="92" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="93" />
        <source>Shared</source>
        <translation>Blir delt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="94" />
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="95" />
        <source>Ansvarsgruppe</source>
        <translation>Ansvarsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="99" />
        <source>No contacts yet. Add the municipality's contact person, NAV, the GP and the people the patient wants involved, and mark one as the named person responsible in the municipality.</source>
        <translation>Ingen kontaktar enno. Legg inn kontaktpersonen i kommunen, NAV, fastlegen og dei pasienten ønskjer å ha med, og merk éin som namngitt ansvarleg i kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="102" />
        <source>Contacts</source>
        <translation>Kontaktar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="111" />
        <source>&amp;New contact…</source>
        <translation>&amp;Ny kontakt…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="114" />
        <source>C&amp;hange…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="117" />
        <source>Re&amp;move…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="120" />
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="235" />
        <source>Mark as &amp;responsible in the municipality</source>
        <translation>Merk som &amp;ansvarleg i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="197" />
        <source>Named person responsible in the municipality: %1, phone %2</source>
        <translation>Namngitt ansvarleg i kommunen: %1, telefon %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="199" />
        <source>Named person responsible in the municipality: %1</source>
        <translation>Namngitt ansvarleg i kommunen: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="216" />
        <source>Service – shared under the municipality consent</source>
        <translation>Teneste – blir delt under samtykket til kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="218" />
        <source>⚠ no valid consent: not shared</source>
        <translation>⚠ ikkje gyldig samtykke: blir ikkje delt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="221" />
        <source>Consent valid, no end date</source>
        <translation>Samtykket gjeld, utan sluttdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="222" />
        <source>Consent valid until %1</source>
        <translation>Samtykket gjeld til %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="233" />
        <source>No longer &amp;responsible in the municipality</source>
        <translation>Ikkje lenger &amp;ansvarleg i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="239" />
        <source>Next of kin and peers cannot be the named person responsible in the municipality.</source>
        <translation>Pårørande og likepersonar kan ikkje vere namngitt ansvarleg i kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="281" />
        <source>Remove %1 (%2) from the plan's contacts?</source>
        <translation>Fjerne %1 (%2) frå kontaktane i planen?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="285" />
        <source>The plan will have no named person responsible in the municipality.</source>
        <translation>Planen vil då ikkje ha nokon namngitt ansvarleg i kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="287" />
        <source>Remove contact</source>
        <translation>Fjern kontakt</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="163" />
        <source>Barn som pårørende conversation</source>
        <translation>Samtale med barn som pårørande</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="169" />
        <source>A conversation about the children's situation and needs: what they know, who takes care of them, and who they can talk to.</source>
        <translation>Ein samtale om situasjonen og behova til barna: kva dei veit, kven som tek vare på dei, og kven dei kan snakke med.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="175" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="185" />
        <source>&amp;With</source>
        <translation>&amp;Med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="189" />
        <source>Not named</source>
        <translation>Ikkje namngitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="194" />
        <source>Which &amp;child</source>
        <translation>Kva &amp;barn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="198" />
        <source>&amp;By whom</source>
        <translation>&amp;Halden av</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="200" />
        <source>What was talked about, what was agreed</source>
        <translation>Kva det vart snakka om, og kva som vart avtalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="202" />
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
</context>
<context>
    <name>CoordinationPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="105" />
        <source>Individuell plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="112" />
        <source>Right to an individuell &amp;plan</source>
        <translation>Rett til individuell &amp;plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="113" />
        <source>Re&amp;quested on</source>
        <translation>Ønskt &amp;dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="117" />
        <source>Date the individuell plan was requested</source>
        <translation>Dato då individuell plan vart ønskt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="125" />
        <source>An individuell plan &amp;exists</source>
        <translation>Individuell plan &amp;finst</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="133" />
        <source>Add the coordinator as a contact first (Contacts tab), then choose them here.</source>
        <translation>Legg først inn koordinatoren som kontakt (fana Kontaktar), og vel vedkomande her.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="137" />
        <source>&amp;Coordinator</source>
        <translation>&amp;Koordinator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="142" />
        <source>Ansvarsgruppe</source>
        <translation>Ansvarsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="145" />
        <source>An &amp;ansvarsgruppe exists</source>
        <translation>&amp;Ansvarsgruppe finst</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="158" />
        <source>Tick “Member of the ansvarsgruppe” for each member in the contact dialog (Contacts tab).</source>
        <translation>Kryss av for «Medlem av ansvarsgruppa» på kvart medlem i kontaktvindauget (fana Kontaktar).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="166" />
        <source>Interpreter and language</source>
        <translation>Tolk og språk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="170" />
        <source>&amp;Interpreter needed</source>
        <translation>Treng &amp;tolk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="176" />
        <source>e.g. Arabic, Polish, North Sami</source>
        <translation>t.d. arabisk, polsk, nordsamisk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="178" />
        <source>&amp;Language</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="182" />
        <source>e.g. phone interpreter is fine; never family as interpreter</source>
        <translation>t.d. telefontolk går fint; aldri familie som tolk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="185" />
        <source>&amp;Note</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="234" />
        <source>No coordinator registered</source>
        <translation>Ingen koordinator registrert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="246" />
        <source>No members marked yet.</source>
        <translation>Ingen medlemmer er merkte enno.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="247" />
        <source>Members:</source>
        <translation>Medlemmer:</translation>
    </message>
</context>
<context>
    <name>CoordinationTexts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="47" />
        <source>Not yet clarified</source>
        <translation>Ikkje avklart</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="48" />
        <source>Yes, has the right</source>
        <translation>Ja, har rett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="49" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="28" />
        <source>Contact person in the municipality</source>
        <translation>Kontaktperson i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="29" />
        <source>Coordinator (koordinator)</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="30" />
        <source>NAV supervisor</source>
        <translation>NAV-rettleiar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="31" />
        <source>Regular GP (fastlege)</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="32" />
        <source>Addiction counsellor (ruskonsulent)</source>
        <translation>Ruskonsulent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="33" />
        <source>Peer supporter (likeperson)</source>
        <translation>Likeperson</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="34" />
        <source>Next of kin</source>
        <translation>Pårørande</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="35" />
        <source>Child welfare service (barnevern)</source>
        <translation>Barnevernet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="36" />
        <source>Public health nurse (helsesykepleier)</source>
        <translation>Helsesjukepleiar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="39" />
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="43" />
        <source>expired %1</source>
        <translation>gått ut %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="44" />
        <source>withdrawn %1</source>
        <translation>trekt tilbake %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="45" />
        <source>from %1</source>
        <translation>frå %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="46" />
        <source>covers no areas</source>
        <translation>gjeld ingen område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="48" />
        <source>valid until %1</source>
        <translation>gjeld til %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="49" />
        <source>valid</source>
        <translation>gjeld</translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="125" />
        <source>No kriseplan yet. Write it together with the patient: the first signs that things are getting hard, what helps, whom to call by day and at night, and how they want to be met.</source>
        <translation>Ingen kriseplan enno. Lag han saman med pasienten: dei første teikna på at det byrjar å bli vanskeleg, kva som hjelper, kven som kan ringjast på dagtid og om natta, og korleis pasienten vil bli møtt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="138" />
        <source>Crisis plan</source>
        <translation>Kriseplan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="143" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="70" />
        <source>Early &amp;warning signs</source>
        <translation>Tidlege &amp;varselteikn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="144" />
        <source>What others and the patient notice first, one sign a line</source>
        <translation>Det pasienten og andre merkar først, eitt teikn per linje</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="145" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="71" />
        <source>What &amp;helps</source>
        <translation>Dette &amp;hjelper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="146" />
        <source>What the patient can do, and what others can do</source>
        <translation>Det pasienten sjølv kan gjere, og det andre kan gjere</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="150" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="75" />
        <source>Call in the &amp;daytime</source>
        <translation>Ring på &amp;dagtid</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="151" />
        <source>e.g. the municipality's ruskonsulent</source>
        <translation>t.d. ruskonsulenten i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="156" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="76" />
        <source>Call evenings, &amp;nights and weekends</source>
        <translation>Ring &amp;kveld, natt og helg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="157" />
        <source>e.g. Legevakt</source>
        <translation>t.d. legevakt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="159" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="72" />
        <source>How the patient wants to be &amp;met</source>
        <translation>Slik vil pasienten bli &amp;møtt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="160" />
        <source>In the patient's own words</source>
        <translation>Med pasienten sine eigne ord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="164" />
        <source>Risk notes for the municipality</source>
        <translation>Risikoforhold til kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="168" />
        <source>Written by the ward for the municipality's handover, e.g. lower tolerance after the stay (risk of overdose), violence, or risk of suicide. Not in the patient's own copy.</source>
        <translation>Blir skrive av avdelinga til overføringa til kommunen, t.d. redusert toleranse etter opphaldet (overdosefare), vald eller sjølvmordsfare. Kjem ikkje med i pasienten sin eigen kopi.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="174" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="73" />
        <source>&amp;Risk notes</source>
        <translation>&amp;Risikoforhold</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="175" />
        <source>What the municipality should know and watch for</source>
        <translation>Det kommunen bør vite og følgje med på</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="196" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="204" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="78" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="80" />
        <source>%1: name or service</source>
        <translation>%1: namn eller teneste</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="205" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="79" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="81" />
        <source>%1: phone</source>
        <translation>%1: telefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="240" />
        <source>Not written yet.</source>
        <translation>Ikkje skrive enno.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="242" />
        <source>Last updated %1 by %2.</source>
        <translation>Sist oppdatert %1 av %2.</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="109" />
        <source>Register discharge</source>
        <translation>Registrer utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="125" />
        <source>&amp;Register discharge</source>
        <translation>&amp;Registrer utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="141" />
        <source>Admitted %1 · planned discharge not set</source>
        <translation>Innlagd %1 · planlagd utskriving ikkje fastsett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="143" />
        <source>Admitted %1 · planned discharge %2</source>
        <translation>Innlagd %1 · planlagd utskriving %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="149" />
        <source>%1 of %2 areas ready</source>
        <translation>%1 av %2 område klare</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="180" />
        <source>and %n more area(s)</source>
        <translation>
            <numerusform>og %n område til</numerusform>
            <numerusform>og %n område til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="182" />
        <source>%n required item(s) are not done: %1.</source>
        <translation>
            <numerusform>%n påkravd punkt er ikkje ferdig: %1.</numerusform>
            <numerusform>%n påkravde punkt er ikkje ferdige: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="183" />
        <source>You can still register the discharge.</source>
        <translation>Du kan likevel registrere utskrivinga.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="190" />
        <source>Actual &amp;discharge date</source>
        <translation>Faktisk &amp;utskrivingsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="195" />
        <source>Actual discharge date</source>
        <translation>Faktisk utskrivingsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="203" />
        <source>End of stay</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="204" />
        <source>&amp;Planned</source>
        <translation>&amp;Planlagd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="206" />
        <source>Unplanned (&amp;brudd)</source>
        <translation>Uplanlagd (&amp;brot)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="214" />
        <source>Tell the municipality at once that the stay ended unplanned.</source>
        <translation>Gi kommunen beskjed straks om at opphaldet vart avslutta uplanlagt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="242" />
        <source>No procedure for an unplanned end was recorded. The municipality must still be told today.</source>
        <translation>Ingen prosedyre ved brot er registrert. Kommunen må likevel varslast i dag.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="244" />
        <source>Procedure for an unplanned end: %1</source>
        <translation>Prosedyre ved brot: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="254" />
        <source>&amp;Status at discharge</source>
        <translation>&amp;Status ved utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="255" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="257" />
        <source>Reason</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="262" />
        <source>%1: status at discharge</source>
        <translation>%1: status ved utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="266" />
        <source>Short reason for the status</source>
        <translation>Kort grunngiving for statusen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="267" />
        <source>%1: reason</source>
        <translation>%1: grunngiving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="307" />
        <source>The discharge date cannot be before admission (%1).</source>
        <translation>Utskrivingsdatoen kan ikkje vere før innlegginga (%1).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="311" />
        <source>The discharge date cannot be in the future.</source>
        <translation>Utskrivingsdatoen kan ikkje vere fram i tid.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="91" />
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="94" />
        <source>The handover goes to a recipient the patient has consented to, with only the areas consent covers. The patient's copy «Min plan» is in plain words. Every saved or printed document is logged below with its SHA-256 fingerprint.</source>
        <translation>Overføringa går til ein mottakar pasienten har samtykt til, med berre dei områda samtykket gjeld. Kopien til pasienten, «Min plan», er skriven med enkle ord. Alle dokument som blir lagra eller skrivne ut, blir logga nedanfor med SHA-256-fingeravtrykk.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="99" />
        <source>No document has been printed or saved from this plan yet.</source>
        <translation>Ingen dokument er skrivne ut eller lagra frå denne planen enno.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="104" />
        <source>&lt;b&gt;Printed and saved documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utskrivne og lagra dokument&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="108" />
        <source>Handover to the kommune or another recipient</source>
        <translation>Overføring til kommunen eller ein annan mottakar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="112" />
        <source>Recipient</source>
        <translation>Mottakar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="114" />
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottakar:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="119" />
        <source>Go to consent</source>
        <translation>Gå til sam&amp;tykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="124" />
        <source>As the recipient's consent names it; change it in the consent to keep it for next time.</source>
        <translation>Slik samtykket til mottakaren seier; endre det i samtykket for å halde på valet til neste gong.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="129" />
        <source>Written &amp;in:</source>
        <translation>Mål&amp;form:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="138" />
        <source>Written standard</source>
        <translation>Målform</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="159" />
        <source>The patient's copy (Min plan)</source>
        <translation>Kopien til pasienten (Min plan)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="162" />
        <source>Goals, appointments, who to call, the self-help group – in plain words.</source>
        <translation>Mål, avtalar, kven pasienten kan ringje, sjølvhjelpsgruppa – med enkle ord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="169" />
        <source>Writ&amp;ten in:</source>
        <translation>Målfo&amp;rm:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="177" />
        <source>Print pre&amp;view…</source>
        <translation>Førehandsvi&amp;s…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="178" />
        <source>&amp;Print…</source>
        <translation>S&amp;kriv ut…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="179" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lagre som PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="223" />
        <source>Only the areas the chosen recipient's consent covers are included.</source>
        <translation>Berre dei områda samtykket for den valde mottakaren gjeld, kjem med.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="227" />
        <source>No valid consent: the consent on record has expired or been withdrawn. Record a new consent under «Consent» before the handover can be made.</source>
        <translation>Ingen gyldig samtykke: samtykket som er registrert, har gått ut eller er trekt tilbake. Registrer eit nytt samtykke under «Samtykke» før overføringa kan lagast.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="231" />
        <source>No consent recorded, so no handover can be made. Record what the patient agrees to share, and with whom, under «Consent».</source>
        <translation>Ingen samtykke er registrert, så inga overføring kan lagast. Registrer kva pasienten samtykkjer til å dele, og med kven, under «Samtykke».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="259" />
        <source>No consent</source>
        <translation>Samtykke manglar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="266" />
        <source>The plan has no consent to share information with the kommune.</source>
        <translation>Planen har ikkje noko samtykke til å dele opplysningar med kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="268" />
        <source>The plan has no consent for «%1».</source>
        <translation>Planen har ikkje noko samtykke for «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="269" />
        <source>The consent for «%1» applies from %2.</source>
        <translation>Samtykket for «%1» gjeld først frå %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="270" />
        <source>The consent for «%1» expired on %2.</source>
        <translation>Samtykket for «%1» gjekk ut %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="271" />
        <source>The patient withdrew the consent for «%1» on %2.</source>
        <translation>Pasienten trekte samtykket for «%1» tilbake %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="272" />
        <source>The consent for «%1» covers no areas.</source>
        <translation>Samtykket for «%1» omfattar ingen område.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="280" />
        <source>The document was not made. Record the consent under «Consent» in this plan (which areas, who receives them, the date) and try again.</source>
        <translation>Dokumentet er ikkje laga. Registrer samtykket under «Samtykke» i denne planen (kva område, kven som får dei, datoen) og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="305" />
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="305" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="314" />
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="315" />
        <source>The PDF could not be written to %1. %2 Nothing was written.</source>
        <translation>PDF-en kunne ikkje skrivast til %1. %2 Ingenting vart skrive.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="321" />
        <source>Saved</source>
        <translation>Lagra</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="321" />
        <source>Saved as %1.</source>
        <translation>Lagra som %1.</translation>
    </message>
</context>
<context>
    <name>DueTreeModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="144" />
        <source>Patient / due</source>
        <translation>Pasient / frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="145" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="146" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="147" />
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="148" />
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="154" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="225" />
        <source>%1 (overdue)</source>
        <translation>%1 (over fristen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="157" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="201" />
        <source>%n due</source>
        <translation>
            <numerusform>%n forfell</numerusform>
            <numerusform>%n forfell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="157" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="203" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n over fristen</numerusform>
            <numerusform>%n over fristen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="160" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="241" />
        <source>Agreed action</source>
        <translation>Avtalt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="161" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="240" />
        <source>Checklist item</source>
        <translation>Sjekklistepunkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="162" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="242" />
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="163" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="243" />
        <source>Phone call</source>
        <translation>Telefonsamtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="188" />
        <source>Plan responsible: %1</source>
        <translation>Ansvarleg for planen: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="227" />
        <source>%1 (today)</source>
        <translation>%1 (i dag)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="250" />
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Fristen gjekk ut for %n dag sidan</numerusform>
            <numerusform>Fristen gjekk ut for %n dagar sidan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="252" />
        <source>Due today</source>
        <translation>Forfell i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="253" />
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Forfell om %n dag</numerusform>
            <numerusform>Forfell om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="255" />
        <source>%1

Required before discharge.</source>
        <translation>%1

Må vere på plass før utskriving.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="258" />
        <source>The patient was informed about self-help groups, and it has not been taken up again for 3 weeks. Enter opens the plan where the conversation is recorded.</source>
        <translation>Pasienten er informert om sjølvhjelpsgrupper, og temaet er ikkje teke opp igjen på 3 veker. Enter opnar planen, der samtalen blir registrert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="263" />
        <source>The patient was discharged: call 2–3 days after discharge to hear how things are going. Enter opens the plan where the call is recorded.</source>
        <translation>Pasienten er skriven ut: ring 2–3 dagar etter utskriving og høyr korleis det går. Enter opnar planen der samtalen blir registrert.</translation>
    </message>
</context>
<context>
    <name>ExportModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="88" />
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="182" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="178" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="179" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="180" />
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="181" />
        <source>How, by whom</source>
        <translation>Korleis, av kven</translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="107" />
        <source>A patient's children under 18 are next of kin in their own right (helsepersonelloven § 10 a): find out who takes care of them, and talk with the patient about what they need.</source>
        <translation>Barn under 18 år er pårørande i eigen rett (helsepersonellova § 10 a): finn ut kven som har omsorga for dei, og snakk med pasienten om kva barna treng.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="131" />
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="135" />
        <source>&amp;New child…</source>
        <translation>&amp;Nytt barn …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="136" />
        <source>Change…</source>
        <translation>Endre …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="137" />
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="164" />
        <source>Remove…</source>
        <translation>Fjern …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="141" />
        <source>No children under 18 registered. If the patient has children, register each one with New child…: first name or initials are enough.</source>
        <translation>Ingen barn under 18 år er registrerte. Har pasienten barn, registrer kvart barn med Nytt barn …: førenamn eller initialar er nok.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="145" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="146" />
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="147" />
        <source>Lives with</source>
        <translation>Bur hos</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="148" />
        <source>Cared for during the stay by</source>
        <translation>Omsorg under opphaldet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="159" />
        <source>Barn som pårørende conversations</source>
        <translation>Samtalar med barn som pårørande</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="163" />
        <source>Register &amp;conversation…</source>
        <translation>Registrer &amp;samtale …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="168" />
        <source>No conversations registered. Talk with the patient about the children: what they know, what they need, and who they can talk to. Then register the conversation here.</source>
        <translation>Ingen samtalar er registrerte. Snakk med pasienten om barna: kva dei veit, kva dei treng, og kven dei kan snakke med. Registrer så samtalen her.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="171" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="171" />
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="171" />
        <source>By whom</source>
        <translation>Halden av</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="171" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="183" />
        <source>Barnevern</source>
        <translation>Barnevern</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="186" />
        <source>The patient consents to barnevern being &amp;involved or informed in the ansvarsgruppe</source>
        <translation>Pasienten samtykkjer til at barnevernet blir &amp;involvert eller informert i ansvarsgruppa</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="196" />
        <source>Family services</source>
        <translation>Familietenester</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="226" />
        <source>Change barnevern &amp;details…</source>
        <translation>Endre opplysningar om &amp;barnevern …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="228" />
        <source>Record barnevern &amp;details…</source>
        <translation>Registrer opplysningar om &amp;barnevern …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="231" />
        <source>Change family &amp;services…</source>
        <translation>Endre &amp;familietenester …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="233" />
        <source>Record family &amp;services…</source>
        <translation>Registrer &amp;familietenester …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="250" />
        <source>Unknown</source>
        <translation>Ukjend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="250" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="266" />
        <source>Without the patient's consent no barnevern details are stored. Tick the box when the patient agrees to barnevern being involved or informed in the ansvarsgruppe.</source>
        <translation>Utan samtykke frå pasienten blir ingen opplysningar om barnevern lagra. Kryss av når pasienten samtykkjer til at barnevernet blir involvert eller informert i ansvarsgruppa.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="271" />
        <source>The patient consents. Record whether barnevern is involved, and the caseworker and office.</source>
        <translation>Pasienten samtykkjer. Registrer om barnevernet er involvert, og kven som er saksbehandlar og kva kontor.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="273" />
        <source>Barnevern involved: %1</source>
        <translation>Barnevernet involvert: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="275" />
        <source>Caseworker and office: %1</source>
        <translation>Saksbehandlar og kontor: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="287" />
        <source>No family services recorded. Record which are involved: familievernkontor, helsestasjon, kindergarten or school, parent support, and any need for long-term follow-up.</source>
        <translation>Ingen familietenester er registrerte. Registrer kva tenester som er involverte: familievernkontor, helsestasjon, barnehage eller skule, foreldrestøtte, og eventuelt behov for langvarig oppfølging.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="293" />
        <source>Services: %1</source>
        <translation>Tenester: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="295" />
        <source>Other: %1</source>
        <translation>Anna: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="298" />
        <source>Need for long-term follow-up: %1</source>
        <translation>Behov for langvarig oppfølging: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="330" />
        <source>Remove %1 from the plan? Conversations the child took part in are kept, without the name.</source>
        <translation>Fjerne %1 frå planen? Samtalar barnet var med i, blir ståande, utan namnet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="332" />
        <source>Remove child</source>
        <translation>Fjern barn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="350" />
        <source>Remove the conversation of %1?</source>
        <translation>Fjerne samtalen %1?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="351" />
        <source>Remove conversation</source>
        <translation>Fjern samtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="363" />
        <source>Without the patient's consent no barnevern details can be kept. Delete whether barnevern is involved, the caseworker and the note from the plan?</source>
        <translation>Utan samtykke frå pasienten kan ingen opplysningar om barnevern behaldast. Slette om barnevernet er involvert, saksbehandlar og merknad frå planen?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="366" />
        <source>Delete barnevern details</source>
        <translation>Slett opplysningar om barnevern</translation>
    </message>
</context>
<context>
    <name>FamilyServicesDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="290" />
        <source>Family services</source>
        <translation>Familietenester</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="300" />
        <source>&amp;Services</source>
        <translation>&amp;Tenester</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="303" />
        <source>Other services, and what they do</source>
        <translation>Andre tenester, og kva dei gjer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="305" />
        <source>&amp;Other</source>
        <translation>&amp;Anna</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="309" />
        <source>e.g. the first year after discharge: helsestasjon, a support group for mothers</source>
        <translation>t.d. det første året etter utskriving: helsestasjon, ei støttegruppe for mødrer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="313" />
        <source>Mothers in treatment often lack a supporting network and need follow-up for a long time.</source>
        <translation>Mødrer i behandling manglar ofte eit støttande nettverk og treng oppfølging over lang tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="318" />
        <source>Need for &amp;long-term follow-up</source>
        <translation>Behov for &amp;langvarig oppfølging</translation>
    </message>
</context>
<context>
    <name>FamilyTexts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="41" />
        <source>The patient</source>
        <translation>Pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="42" />
        <source>The child</source>
        <translation>Barnet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="43" />
        <source>The other parent or carer</source>
        <translation>Den andre forelderen eller omsorgspersonen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="46" />
        <source>Not known yet</source>
        <translation>Ikkje avklart enno</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="47" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="48" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="51" />
        <source>Familievernkontor</source>
        <translation>Familievernkontor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="52" />
        <source>Helsesykepleier / helsestasjon</source>
        <translation>Helsesjukepleiar / helsestasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="53" />
        <source>Kindergarten or school informed</source>
        <translation>Barnehage eller skule er informert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="54" />
        <source>Parent support (foreldrestøtte)</source>
        <translation>Foreldrestøtte</translation>
    </message>
</context>
<context>
    <name>FieldChanges</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="434" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="435" />
        <source>Group name</source>
        <translation>Namn på gruppa</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="436" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="437" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="438" />
        <source>Meeting days</source>
        <translation>Møtedagar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="439" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="440" />
        <source>Takes place</source>
        <translation>Går føre seg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="441" />
        <source>For whom</source>
        <translation>For kven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="442" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="443" />
        <source>Women only</source>
        <translation>Berre kvinner</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="443" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="443" />
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="444" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="445" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="446" />
        <source>Last verified</source>
        <translation>Sist kontrollert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="447" />
        <source>Verified by</source>
        <translation>Kontrollert av</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="451" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="451" />
        <source>removed</source>
        <translation>fjerna</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="451" />
        <source>in the directory again</source>
        <translation>i katalogen igjen</translation>
    </message>
</context>
<context>
    <name>FirstMeetingDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="31" />
        <source>No first meeting planned yet. Choose a group near the patient's home and a day soon after discharge.</source>
        <translation>Første møte er ikkje planlagt enno. Vel ei gruppe nær heimen til pasienten og ein dag kort etter utskriving.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="41" />
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="52" />
        <source>%1 goes along</source>
        <translation>%1 blir med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="56" />
        <source>someone goes along</source>
        <translation>nokon blir med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="75" />
        <source>First meeting after discharge</source>
        <translation>Første møte etter utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="84" />
        <source>Agree on a group near home and a day soon after discharge, ideally with someone to go along the first time.</source>
        <translation>Avtal ei gruppe nær heimen og ein dag kort etter utskriving, helst med nokon som blir med første gongen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="89" />
        <source>Choose a group</source>
        <translation>Vel ei gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="90" />
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="102" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="103" />
        <source>Known &amp;time</source>
        <translation>Kjend &amp;klokkeslett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="108" />
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="112" />
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="116" />
        <source>&amp;Someone goes along</source>
        <translation>&amp;Nokon blir med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="122" />
        <source>Who, e.g. the contact person or someone from the ward</source>
        <translation>Kven, t.d. kontaktpersonen eller nokon frå avdelinga</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="123" />
        <source>Who goes along</source>
        <translation>Kven som blir med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="127" />
        <source>Company</source>
        <translation>Følgje</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="162" />
        <source>According to the directory the group does not meet on %1 (it meets %2).</source>
        <translation>Ifølgje katalogen møtest ikkje gruppa på %1 (ho møtest %2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="168" />
        <source>The date is before planned discharge (%1).</source>
        <translation>Datoen er før planlagd utskriving (%1).</translation>
    </message>
</context>
<context>
    <name>FollowUpCallPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="85" />
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="103" />
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="86" />
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="142" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="87" />
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="142" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="83" />
        <source>Call the patient 2–3 days after discharge: how are things going, did the first appointments hold, did the municipality get the handover? The call can be recorded although the plan is otherwise closed.</source>
        <translation>Ring pasienten 2–3 dagar etter utskriving: Korleis går det, vart dei første avtalane haldne, har kommunen fått overføringa? Samtalen kan registrerast sjølv om planen elles er låst.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="95" />
        <source>Calls after discharge</source>
        <translation>Samtalar etter utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="101" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="102" />
        <source>By whom</source>
        <translation>Av kven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="104" />
        <source>How things are</source>
        <translation>Korleis det går</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="105" />
        <source>What was arranged</source>
        <translation>Kva som vart avtalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="106" />
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="109" />
        <source>No calls recorded yet.</source>
        <translation>Ingen samtalar er registrerte enno.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="122" />
        <source>&amp;Register call…</source>
        <translation>&amp;Registrer samtale…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="124" />
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="125" />
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="182" />
        <source>☎ Call the patient by %1</source>
        <translation>☎ Ring pasienten innan %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="184" />
        <source>⚠ Call the patient by %1: %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ Ring pasienten innan %1: fristen gjekk ut for %n dag sidan</numerusform>
            <numerusform>⚠ Ring pasienten innan %1: fristen gjekk ut for %n dagar sidan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="188" />
        <source>Not reached on %1 (%n of %2 attempts made).</source>
        <translation>
            <numerusform>Ikkje nådd %1 (%n av %2 forsøk er brukt).</numerusform>
            <numerusform>Ikkje nådd %1 (%n av %2 forsøk er brukte).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="191" />
        <source>Discharged %1.</source>
        <translation>Skriven ut %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="204" />
        <source>The call will be due 2–3 days after discharge. No discharge date is planned yet.</source>
        <translation>Oppfølgingssamtalen skal takast 2–3 dagar etter utskriving. Det er ikkje planlagt nokon utskrivingsdato enno.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="207" />
        <source>The call will be due 2–3 days after discharge: with discharge as planned on %1, by %2.</source>
        <translation>Oppfølgingssamtalen skal takast 2–3 dagar etter utskriving: med utskriving som planlagt %1, innan %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="214" />
        <source>The patient was reached on %1. No further call is due.</source>
        <translation>Pasienten vart nådd %1. Det skal ikkje takast fleire samtalar.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="219" />
        <source>Not reached after %1 attempts. No further call is due; consider telling the patient's contact in the municipality.</source>
        <translation>Ikkje nådd etter %1 forsøk. Det skal ikkje takast fleire samtalar; vurder å gi beskjed til kontaktpersonen til pasienten i kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="223" />
        <source>The plan is archived: no call is due.</source>
        <translation>Planen er arkivert: ingen samtale skal takast.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="254" />
        <source>Remove the call of %1 by %2?</source>
        <translation>Fjerne samtalen %1 ved %2?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="255" />
        <source>Remove call</source>
        <translation>Fjern samtale</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="407" />
        <source>Change follow-up conversation</source>
        <translation>Endre oppfølgingssamtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="407" />
        <source>Follow-up conversation</source>
        <translation>Oppfølgingssamtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="415" />
        <source>Take self-help up again: has the patient been to a meeting, what was it like, what would make the next one easier?</source>
        <translation>Ta opp sjølvhjelp igjen: Har pasienten vore på eit møte, korleis var det, kva ville gjere det neste lettare?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="421" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="425" />
        <source>&amp;By whom</source>
        <translation>&amp;Av kven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="426" />
        <source>What was said, and what was agreed</source>
        <translation>Kva som vart sagt, og kva som vart avtalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="427" />
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="165" />
        <source>Change group</source>
        <translation>Endre gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="165" />
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="192" />
        <source>A local group the ward can inform patients and next of kin about. Check the day, time and place with the group now and then, and note when it was last verified.</source>
        <translation>Ei lokal gruppe avdelinga kan informere pasientar og pårørande om. Sjekk dag, tid og stad med gruppa av og til, og noter når oppføringa sist vart kontrollert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="235" />
        <source>Choose from the list, or write the name of another organisation</source>
        <translation>Vel frå lista, eller skriv namnet på ein annan organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="237" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="242" />
        <source>e.g. Tirsdagsgruppen Sentrum</source>
        <translation>t.d. Tirsdagsgruppen Sentrum</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="243" />
        <source>Group &amp;name</source>
        <translation>&amp;Namn på gruppa</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="247" />
        <source>None – online (or type a municipality's name or number)</source>
        <translation>Ingen – på nett (eller skriv namnet eller nummeret til kommunen)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="248" />
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="253" />
        <source>Street, building, room; or the link for an online meeting</source>
        <translation>Gate, bygning, rom; eller lenka til eit nettmøte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="254" />
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="260" />
        <source>Meeting &amp;days</source>
        <translation>Møte&amp;dagar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="263" />
        <source>Op&amp;en meeting</source>
        <translation>O&amp;pe møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="265" />
        <source>Anyone interested may come, also next of kin and staff</source>
        <translation>Alle interesserte kan kome, òg pårørande og tilsette</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="266" />
        <source>&amp;Closed meeting</source>
        <translation>&amp;Lukka møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="268" />
        <source>Only for those the group is for</source>
        <translation>Berre for dei gruppa er for</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="269" />
        <source>In &amp;person</source>
        <translation>F&amp;ysisk oppmøte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="271" />
        <source>On&amp;line</source>
        <translation>På ne&amp;tt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="273" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="274" />
        <source>Takes place</source>
        <translation>Går føre seg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="282" />
        <source>Lang&amp;uage</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="283" />
        <source>&amp;Women only</source>
        <translation>Berre kv&amp;inner</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="286" />
        <source>&amp;For whom</source>
        <translation>&amp;For kven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="295" />
        <source>P&amp;hone</source>
        <translation>T&amp;elefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="299" />
        <source>Optional: entrance, who to ask for, what to bring</source>
        <translation>Valfritt: inngang, kven ein spør etter, kva ein tek med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="301" />
        <source>No&amp;te</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="304" />
        <source>&amp;Verified on</source>
        <translation>Kont&amp;rollert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="307" />
        <source>Verified on</source>
        <translation>Kontrollert dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="312" />
        <source>&amp;by</source>
        <translation>a&amp;v</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="313" />
        <source>Ver&amp;ified today</source>
        <translation>Kontrollert i da&amp;g</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="315" />
        <source>Today's date, and you as the one who verified it</source>
        <translation>Dagens dato, og deg som den som kontrollerte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="318" />
        <source>Last verified</source>
        <translation>Sist kontrollert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="319" />
        <source>Verified</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="435" />
        <source>Write the time as hh:mm, e.g. 19:00, or leave it empty (%1).</source>
        <translation>Skriv klokkeslettet som tt:mm, t.d. 19:00, eller la feltet stå tomt (%1).</translation>
    </message>
</context>
<context>
    <name>GroupDirectoryView</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="108" />
        <source>Local groups the ward informs patients and next of kin about. Times and places change: an entry not verified for 6 months is marked «⚠ possibly out of date».</source>
        <translation>Lokale grupper avdelinga informerer pasientar og pårørande om. Tider og stader endrar seg: ei oppføring som ikkje er kontrollert på 6 månader, blir merkt «⚠ kan vere utdatert».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="134" />
        <source>← Ward overview</source>
        <translation>← Avdelingsoversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="135" />
        <source>Back to all plans (Esc)</source>
        <translation>Tilbake til alle planar (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="136" />
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="189" />
        <source>Self-help groups</source>
        <translation>Sjølvhjelpsgrupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="151" />
        <source>Any day</source>
        <translation>Alle dagar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="156" />
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="162" />
        <source>Name, address, note, language…</source>
        <translation>Namn, adresse, merknad, språk…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="164" />
        <source>M&amp;unicipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="165" />
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="166" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="167" />
        <source>For &amp;whom</source>
        <translation>For k&amp;ven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="168" />
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="215" />
        <source>No group matches these filters.</source>
        <translation>Ingen grupper passar med desse filtera.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="218" />
        <source>Show all groups</source>
        <translation>Vis alle grupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="233" />
        <source>&lt;p&gt;&lt;b&gt;The directory is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Here the ward keeps its own list of local self-help groups – AA, NA, Al-Anon and others – with day, time and place, so staff can inform patients and next of kin about groups near where they will live, and present a group in the plan.&lt;/p&gt;&lt;p&gt;There are two ways to fill it:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Katalogen er tom.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Her har avdelinga si eiga liste over lokale sjølvhjelpsgrupper – AA, NA, Al-Anon og andre – med dag, tid og stad, slik at tilsette kan informere pasientar og pårørande om grupper der dei skal bu, og presentere ei gruppe i planen.&lt;/p&gt;&lt;p&gt;Katalogen kan fyllast på to måtar:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="242" />
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="288" />
        <source>&amp;New group…</source>
        <translation>&amp;Ny gruppe…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="245" />
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="298" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer frå CSV…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="253" />
        <source>Type in one group at a time.</source>
        <translation>Skriv inn éi gruppe om gongen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="257" />
        <source>Read a whole list: exported from another ward's directory, or made in a spreadsheet.</source>
        <translation>Les inn ei heil liste: eksportert frå katalogen til ei anna avdeling, eller laga i eit rekneark.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="289" />
        <source>&amp;Edit…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="291" />
        <source>Mark as &amp;verified today</source>
        <translation>Merk som kontrollert i d&amp;ag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="294" />
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="297" />
        <source>E&amp;xport CSV…</source>
        <translation>Eksporter &amp;til CSV…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="333" />
        <source>All municipalities</source>
        <translation>Alle kommunar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="343" />
        <source>All organisations</source>
        <translation>Alle organisasjonar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="414" />
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n gruppe</numerusform>
            <numerusform>%n grupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="416" />
        <source>%1 of %n groups</source>
        <translation>
            <numerusform>%1 av %n gruppe</numerusform>
            <numerusform>%1 av %n grupper</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="451" />
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="471" />
        <source>Added «%1».</source>
        <translation>La til «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="490" />
        <source>Saved «%1».</source>
        <translation>Lagra «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="502" />
        <source>«%1» marked as verified today.</source>
        <translation>«%1» er merkt som kontrollert i dag.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="509" />
        <source>Remove «%1» from the directory? Plans that name the group still show it, marked as removed.</source>
        <translation>Fjerne «%1» frå katalogen? Planar som nemner gruppa, viser ho framleis, merkt som fjerna.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="511" />
        <source>Remove group</source>
        <translation>Fjern gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="514" />
        <source>Removed «%1».</source>
        <translation>Fjerna «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="537" />
        <source>Imported: %1.</source>
        <translation>Importert: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="543" />
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="543" />
        <source>%n changed</source>
        <translation>
            <numerusform>%n endra</numerusform>
            <numerusform>%n endra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupExport</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="178" />
        <source>self-help-groups-%1.csv</source>
        <translation>selvhjelpsgrupper-%1.csv</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="179" />
        <source>Export the directory as CSV</source>
        <translation>Eksporter katalogen som CSV</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="185" />
        <source>«%1» could not be saved: %2</source>
        <translation>«%1» kunne ikkje lagrast: %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="187" />
        <source>Not exported</source>
        <translation>Ikkje eksportert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="191" />
        <source>%n group(s) written to %1.</source>
        <translation>
            <numerusform>%n gruppe skriven til %1.</numerusform>
            <numerusform>%n grupper skrivne til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupImport</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="59" />
        <source>the file is empty.</source>
        <translation>fila er tom.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="60" />
        <source>this is not a CSV file with the directory's columns. In the spreadsheet, save it as «CSV (semicolon separated)».</source>
        <translation>dette er ikkje ei CSV-fil med kolonnane i katalogen. Lagre ho frå reknearket som «CSV (semikolondelt)».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="65" />
        <source>this column is missing from the first line.</source>
        <translation>denne kolonnen manglar i første linja.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="68" />
        <source>this column is in the first line twice.</source>
        <translation>denne kolonnen står to gonger i første linja.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="69" />
        <source>the line has %1 cells, which does not fit the columns. Is there a ; or a line break in a cell without quotes?</source>
        <translation>linja har %1 celler, som ikkje passar med kolonnane. Er det eit ; eller eit linjeskift i ei celle utan hermeteikn?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="74" />
        <source>the organisation is missing.</source>
        <translation>organisasjonen manglar.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="75" />
        <source>the group's name is missing.</source>
        <translation>namnet på gruppa manglar.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="76" />
        <source>no municipality has this number.</source>
        <translation>ingen kommune har dette nummeret.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="77" />
        <source>not a weekday. Write mandag, tirsdag … søndag (or man, tir …).</source>
        <translation>ikkje ein vekedag. Skriv mandag, tirsdag … søndag (eller man, tir …).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="80" />
        <source>the time cannot be read. Write e.g. mandag 19:00.</source>
        <translation>klokkeslettet kan ikkje lesast. Skriv t.d. mandag 19:00.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="83" />
        <source>not one of the choices. Write %1.</source>
        <translation>ikkje eitt av vala. Skriv %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="84" />
        <source>a phone number has digits, and may have spaces and a leading +.</source>
        <translation>eit telefonnummer har siffer, og kan ha mellomrom og + framfor.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="87" />
        <source>the date cannot be read. Write it as dd.mm.yyyy, e.g. 24.03.2026.</source>
        <translation>datoen kan ikkje lesast. Skriv han som dd.mm.åååå, t.d. 24.03.2026.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="90" />
        <source>the date is in the future.</source>
        <translation>datoen er fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="91" />
        <source>write who verified the entry (the date is filled in).</source>
        <translation>skriv kven som kontrollerte oppføringa (datoen er fylt ut).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="94" />
        <source>the same group as on line %1 (same organisation, name and municipality).</source>
        <translation>same gruppe som på linje %1 (same organisasjon, namn og kommune).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="97" />
        <source>too long: this column takes at most %1 characters.</source>
        <translation>for langt: kolonnen kan ha høgst %1 teikn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="100" />
        <source>this value cannot be stored.</source>
        <translation>denne verdien kan ikkje lagrast.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="216" />
        <source>None – online</source>
        <translation>Ingen – på nett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="221" />
        <source>Import self-help groups from CSV</source>
        <translation>Importer sjølvhjelpsgrupper frå CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="234" />
        <source>The %n group(s) in «%1» are already in the directory, unchanged.</source>
        <translation>
            <numerusform>Gruppa i «%1» står allereie i katalogen, uendra.</numerusform>
            <numerusform>Dei %n gruppene i «%1» står allereie i katalogen, uendra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="236" />
        <source>Nothing to import</source>
        <translation>Ingenting å importere</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="248" />
        <source>«%1» could not be read: %2</source>
        <translation>«%1» kunne ikkje lesast: %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="252" />
        <source>File not read</source>
        <translation>Fila vart ikkje lesen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="262" />
        <source>Line %1: %4</source>
        <translation>Linje %1: %4</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="264" />
        <source>Line %1, %2: %4</source>
        <translation>Linje %1, %2: %4</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="266" />
        <source>Line %1, %2 «%3»: %4</source>
        <translation>Linje %1, %2 «%3»: %4</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="280" />
        <source>Group «%1»: %2</source>
        <translation>Gruppa «%1»: %2</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="74" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="75" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="76" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="77" />
        <source>Meets</source>
        <translation>Møtest</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="78" />
        <source>For whom</source>
        <translation>For kven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="79" />
        <source>Meeting type</source>
        <translation>Møteform</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="80" />
        <source>Last verified</source>
        <translation>Sist kontrollert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="161" />
        <source>None – online</source>
        <translation>Ingen – på nett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="172" />
        <source>never verified</source>
        <translation>aldri kontrollert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="191" />
        <source>Never verified.</source>
        <translation>Aldri kontrollert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="193" />
        <source>Last verified %1 by %2.</source>
        <translation>Sist kontrollert %1 av %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="203" />
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="204" />
        <source>Language: %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="205" />
        <source>Women only</source>
        <translation>Berre kvinner</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="340" />
        <source>Import self-help groups</source>
        <translation>Importer sjølvhjelpsgrupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="352" />
        <source>Nothing has been imported yet. «Import» adds the new groups and makes the changes below; groups that are not in the file stay in the directory as they are.</source>
        <translation>Ingenting er importert enno. «Importer» legg til dei nye gruppene og gjer endringane nedanfor; grupper som ikkje står i fila, blir ståande i katalogen som før.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="358" />
        <source>New and changed groups</source>
        <translation>Nye og endra grupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="364" />
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="375" />
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="376" />
        <source>%n changed</source>
        <translation>
            <numerusform>%n endra</numerusform>
            <numerusform>%n endra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="377" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n uendra</numerusform>
            <numerusform>%n uendra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="384" />
        <source>New groups (%n)</source>
        <translation>
            <numerusform>Nye grupper (%n)</numerusform>
            <numerusform>Nye grupper (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="388" />
        <source>Changed groups (%n)</source>
        <translation>
            <numerusform>Endra grupper (%n)</numerusform>
            <numerusform>Endra grupper (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InformedDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="135" />
        <source>Change the information given</source>
        <translation>Endre informasjonen som er gitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="135" />
        <source>Information given</source>
        <translation>Informasjon gitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="144" />
        <source>Present the groups with the practical details: day, time, place, a phone number, and someone to go with the first time. That roughly doubles the chance the patient goes after discharge.</source>
        <translation>Presenter gruppene med dei praktiske detaljane: dag, klokkeslett, stad, eit telefonnummer og nokon å gå saman med første gongen. Det doblar omtrent sjansen for at pasienten går etter utskriving.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="151" />
        <source>Informed &amp;on</source>
        <translation>Informert &amp;dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="155" />
        <source>Informed &amp;by</source>
        <translation>Informert &amp;av</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="161" />
        <source>e.g. AA's leaflet and the list of meetings in Oslo</source>
        <translation>t.d. brosjyren frå AA og møtelista for Oslo</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="162" />
        <source>&amp;Material given</source>
        <translation>&amp;Materiell gitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="189" />
        <source>Organisations &amp;presented</source>
        <translation>&amp;Organisasjonar presentert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="194" />
        <source>Based on the 12 steps.</source>
        <translation>Byggjer på dei 12 trinna.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="196" />
        <source>Not based on the 12 steps.</source>
        <translation>Byggjer ikkje på dei 12 trinna.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="198" />
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="204" />
        <source>Find by name, organisation, place or day</source>
        <translation>Søk på namn, organisasjon, stad eller dag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="226" />
        <source>The patient's home municipality first. Tick the groups presented.</source>
        <translation>Heimkommunen til pasienten først. Kryss av for gruppene som vart presenterte.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="228" />
        <source>The ward's directory has no local groups yet.</source>
        <translation>Katalogen til avdelinga har ingen lokale grupper enno.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="230" />
        <source>&amp;Local groups</source>
        <translation>&amp;Lokale grupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="231" />
        <source>Find a local group</source>
        <translation>Finn ei lokal gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="232" />
        <source>Local groups presented</source>
        <translation>Lokale grupper presentert</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="41" />
        <source>Checklist item</source>
        <translation>Sjekklistepunkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="52" />
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="78" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="57" />
        <source>Why the item does not apply to this patient</source>
        <translation>Kvifor punktet ikkje er aktuelt for denne pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="59" />
        <source>Reason</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="65" />
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="70" />
        <source>Name of the person, if known</source>
        <translation>Namn på personen, om det er kjent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="71" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="76" />
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="78" />
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="103" />
        <source>Last changed by %1 on %2</source>
        <translation>Sist endra %2 av %1</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock.py" line="273" />
        <source>Discharge planner – %1 – locked</source>
        <translation>Utskrivingsplanleggar – %1 – låst</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock.py" line="296" />
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock.py" line="374" />
        <source>Write your password.</source>
        <translation>Skriv passordet ditt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock.py" line="386" />
        <source>Write your user name and password.</source>
        <translation>Skriv brukarnamn og passord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock.py" line="415" />
        <source>Wrong user name or password</source>
        <translation>Feil brukarnamn eller passord</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="218" />
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="236" />
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="100" />
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="101" />
        <source>&amp;Unlock</source>
        <translation>Lås &amp;opp</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="104" />
        <source>Sign in as &amp;another user</source>
        <translation>Logg inn som ein &amp;annan brukar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="107" />
        <source>What was typed is already stored; the other user signs in with their own password</source>
        <translation>Det som er skrive, er allereie lagra; den andre brukaren loggar inn med sitt eige passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="120" />
        <source>Open windows are closed first; what was typed in them and not saved is lost.</source>
        <translation>Opne vindauge blir lukka først; det som er skrive i dei og ikkje lagra, går tapt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="129" />
        <source>User &amp;name</source>
        <translation>&amp;Brukarnamn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="130" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;ord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="133" />
        <source>&amp;Sign in</source>
        <translation>Logg &amp;inn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="135" />
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="148" />
        <source>Locked – %1 was signed in</source>
        <translation>Låst – %1 var logga inn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="150" />
        <source>What %1 typed is stored. Sign in with your own user name and password.</source>
        <translation>Det %1 skreiv, er lagra. Logg inn med ditt eige brukarnamn og passord.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="163" />
        <source>Wait %n second(s)</source>
        <translation>
            <numerusform>Vent %n sekund</numerusform>
            <numerusform>Vent %n sekund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="91" />
        <source>Signed in as %1</source>
        <translation>Pålogga som %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="99" />
        <source>Discharge planner – %1</source>
        <translation>Utskrivingsplanleggar – %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="101" />
        <source>DEMO: training data, not real patients</source>
        <translation>DEMO: opplæringsdata, ikkje ekte pasientar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="105" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="106" />
        <source>&amp;New plan…</source>
        <translation>&amp;Ny plan…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="111" />
        <source>&amp;Ward overview</source>
        <translation>Avdelings&amp;oversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="115" />
        <source>This &amp;week</source>
        <translation>&amp;Denne veka</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="120" />
        <source>Self-&amp;help groups</source>
        <translation>Sjølv&amp;hjelpsgrupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="125" />
        <source>&amp;Access log…</source>
        <translation>&amp;Tilgangslogg…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="132" />
        <source>&amp;Find plan</source>
        <translation>&amp;Finn plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="139" />
        <source>Ward &amp;details…</source>
        <translation>O&amp;pplysningar om avdelinga…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="148" />
        <source>&amp;Lock now</source>
        <translation>L&amp;ås no</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="155" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="161" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="162" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="434" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="166" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="435" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="180" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="181" />
        <source>&amp;About the discharge planner</source>
        <translation>&amp;Om utskrivingsplanleggaren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="192" />
        <source>Print pre&amp;view of the handover…</source>
        <translation>Førehands&amp;vis overføringa…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="197" />
        <source>&amp;Print the handover…</source>
        <translation>&amp;Skriv ut overføringa…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="198" />
        <source>Save the handover as P&amp;DF…</source>
        <translation>&amp;Lagre overføringa som PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="199" />
        <source>Save the patient's &amp;copy as PDF…</source>
        <translation>Lagre pasientens &amp;kopi som PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="250" />
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="263" />
        <source>%1, version %2 (%3 items)</source>
        <translation>%1, versjon %2 (%3 punkt)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="266" />
        <source>cannot be used: %1</source>
        <translation>kan ikkje brukast: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="268" />
        <source>Discharge planner, version %1</source>
        <translation>Utskrivingsplanleggar, versjon %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="269" />
        <source>Ward: %1</source>
        <translation>Avdeling: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="270" />
        <source>Signed in as: %1</source>
        <translation>Pålogga som: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="271" />
        <source>Data folder: %1</source>
        <translation>Datamappe: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="272" />
        <source>Checklist for new plans: %1</source>
        <translation>Sjekkliste for nye planar: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="274" />
        <source>Works offline. Every change is stored at once and logged with who made it.</source>
        <translation>Verkar utan nett. Kvar endring blir lagra med ein gong og logga med kven som gjorde ho.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="279" />
        <source>About the discharge planner</source>
        <translation>Om utskrivingsplanleggaren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="338" />
        <source>municipality not set</source>
        <translation>kommune ikkje oppgitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="410" />
        <source>Opening a plan is logged, and the log could not be written. %1</source>
        <translation>Kvar gong ein plan blir opna, blir det logga, og loggen kunne ikkje skrivast. %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="412" />
        <source>Plan not opened</source>
        <translation>Planen vart ikkje opna</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="434" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="435" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjer om %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="461" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="465" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="473" />
        <source>Plan not created</source>
        <translation>Planen vart ikkje oppretta</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="474" />
        <source>The ward's checklist file cannot be used:
%1</source>
        <translation>Sjekklistefila til avdelinga kan ikkje brukast:
%1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="495" />
        <source>Saved %1</source>
        <translation>Lagra %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/account_actions.py" line="44" />
        <source>&amp;Users…</source>
        <translation>&amp;Brukarar…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/account_actions.py" line="47" />
        <source>&amp;Backups…</source>
        <translation>Tryggingskop&amp;iar…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/account_actions.py" line="50" />
        <source>Change &amp;password…</source>
        <translation>B&amp;yt passord…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/account_actions.py" line="81" />
        <source>Your password is changed.</source>
        <translation>Passordet ditt er bytt.</translation>
    </message>
</context>
<context>
    <name>MeetingDays</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="102" />
        <source>hh:mm</source>
        <translation>tt:mm</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="103" />
        <source>Start time %1</source>
        <translation>Starttid %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="61" />
        <source>Plan a meeting</source>
        <translation>Planlegg eit møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="61" />
        <source>Change the meeting</source>
        <translation>Endre møtet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="70" />
        <source>Evaluate the plan with the municipality about every six weeks in long stays; hold the discharge meeting with all parties about three weeks before discharge.</source>
        <translation>Ved lange opphald blir planen evaluert med kommunen omtrent kvar sjette veke; utskrivingsmøtet med alle partar blir halde omtrent tre veker før utskriving.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="78" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="83" />
        <source>The meeting has been &amp;held</source>
        <translation>Møtet er &amp;halde</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="86" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="96" />
        <source>Known &amp;time</source>
        <translation>Kjend &amp;klokkeslett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="103" />
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="106" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="110" />
        <source>&amp;Video meeting</source>
        <translation>&amp;Videomøte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="118" />
        <source>Pl&amp;ace or link</source>
        <translation>&amp;Stad eller lenke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="122" />
        <source>The video link, or how it is sent</source>
        <translation>Lenka til videomøtet, eller korleis ho skal sendast</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="124" />
        <source>e.g. Meeting room 2 at the ward, or the NAV office</source>
        <translation>t.d. møterom 2 på avdelinga, eller NAV-kontoret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="136" />
        <source>%1 – no longer among the plan's contacts</source>
        <translation>%1 – ikkje lenger blant kontaktane i planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="142" />
        <source>Tick who takes part (Space ticks).</source>
        <translation>Kryss av for kven som deltek (mellomrom kryssar av).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="145" />
        <source>The plan has no contacts yet. Add them under the coordination with the municipality; until then, name the participants under «Others».</source>
        <translation>Planen har ingen kontaktar enno. Legg dei inn under samarbeid med kommunen; til då kan du skrive deltakarane under «Andre».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="150" />
        <source>Pa&amp;rticipants</source>
        <translation>De&amp;ltakarar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="151" />
        <source>The patient takes &amp;part</source>
        <translation>Pasienten er &amp;med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="154" />
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="168" />
        <source>Names, separated by commas</source>
        <translation>Namn, med komma mellom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="169" />
        <source>&amp;Ward staff</source>
        <translation>Tilsette frå &amp;avdelinga</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="173" />
        <source>e.g. an interpreter, or a peer worker</source>
        <translation>t.d. tolk eller erfaringskonsulent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="174" />
        <source>&amp;Others</source>
        <translation>A&amp;ndre</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="259" />
        <source>← Previous</source>
        <translation>← Førre</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="261" />
        <source>← or Page Up; Alt+← from a text field</source>
        <translation>← eller Page Up; Alt+← frå eit tekstfelt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="263" />
        <source>Next →</source>
        <translation>Neste →</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="265" />
        <source>→ or Page Down; Alt+→ from a text field</source>
        <translation>→ eller Page Down; Alt+→ frå eit tekstfelt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="273" />
        <source>Meeting mode – %1</source>
        <translation>Møtemodus – %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="311" />
        <source>Area %1 of %2</source>
        <translation>Område %1 av %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="313" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="315" />
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="354" />
        <source>Read only: the plan is no longer active.</source>
        <translation>Berre lesing: planen er ikkje lenger aktiv.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="407" />
        <source>Take back the decision «%1»? Its agreed action is removed from the plan too.</source>
        <translation>Trekkje tilbake vedtaket «%1»? Det avtalte tiltaket blir òg fjerna frå planen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="408" />
        <source>Take back decision</source>
        <translation>Trekk tilbake vedtak</translation>
    </message>
</context>
<context>
    <name>MeetingTexts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="28" />
        <source>Evaluation meeting</source>
        <translation>Evalueringsmøte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="29" />
        <source>Discharge meeting</source>
        <translation>Utskrivingsmøte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="35" />
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="36" />
        <source>Held</source>
        <translation>Halde</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="49" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="63" />
        <source>Evaluation meeting %1</source>
        <translation>Evalueringsmøte %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="71" />
        <source>around %1 – covered by the meeting on %2</source>
        <translation>rundt %1 – dekt av møtet %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="76" />
        <source>should have been held by %1</source>
        <translation>skulle vore halde innan %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="78" />
        <source>around %1</source>
        <translation>rundt %1</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="93" />
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="125" />
        <source>Meetings</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="100" />
        <source>Evaluate the plan with the municipality about every six weeks in long stays, and hold the discharge meeting about three weeks before discharge. In meeting mode the plan is shown area by area on the projector; decisions become agreed actions at once.</source>
        <translation>Ved lange opphald blir planen evaluert med kommunen omtrent kvar sjette veke, og utskrivingsmøtet blir halde omtrent tre veker før utskriving. I møtemodus blir planen vist område for område på prosjektoren; vedtak blir avtalte tiltak med ein gong.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="107" />
        <source>Suggested by the timeline</source>
        <translation>Føreslått ut frå tidslinja</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="114" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="115" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="116" />
        <source>Place</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="117" />
        <source>Participants</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="118" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="119" />
        <source>Decisions</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="127" />
        <source>No meetings yet. Plan one with «New meeting…» or from a suggestion above.</source>
        <translation>Ingen møte enno. Planlegg eitt med «Nytt møte…» eller frå eit forslag over.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="134" />
        <source>Agenda of the selected meeting</source>
        <translation>Dagsorden for det valde møtet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="153" />
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt møte…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="155" />
        <source>Chan&amp;ge…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="158" />
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="167" />
        <source>Start &amp;meeting mode (F5)</source>
        <translation>Start &amp;møtemodus (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="170" />
        <source>Show the selected meeting on the projector, one area at a time</source>
        <translation>Vis det valde møtet på prosjektoren, eitt område om gongen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="173" />
        <source>Save minutes as P&amp;DF…</source>
        <translation>Lagre referat som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="254" />
        <source>Plan…</source>
        <translation>Planlegg…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="256" />
        <source>Plan: %1</source>
        <translation>Planlegg: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="263" />
        <source>No suggestions: the plan needs a planned discharge date, and must be active.</source>
        <translation>Ingen forslag: planen må ha planlagd utskrivingsdato og vere aktiv.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="277" />
        <source>Select a meeting to see its agenda.</source>
        <translation>Vel eit møte for å sjå dagsordenen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="284" />
        <source>the patient</source>
        <translation>pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="285" />
        <source>Taking part:</source>
        <translation>Deltek:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="285" />
        <source>Minute:</source>
        <translation>Referat:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="288" />
        <source>Still open from the meeting on %1</source>
        <translation>Framleis ope frå møtet %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="299" />
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n ope punkt</numerusform>
            <numerusform>%n opne punkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="301" />
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n ope tiltak</numerusform>
            <numerusform>%n opne tiltak</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="352" />
        <source>Remove the %1 on %2 and its minutes?</source>
        <translation>Fjerne %1 %2 og referatet frå det?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="358" />
        <source>Its %n decision(s) stay in the plan as agreed actions.</source>
        <translation>
            <numerusform>Vedtaket frå møtet blir ståande i planen som avtalt tiltak.</numerusform>
            <numerusform>Dei %n vedtaka frå møtet blir ståande i planen som avtalte tiltak.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="360" />
        <source>Remove meeting</source>
        <translation>Fjern møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="407" />
        <source>No consent</source>
        <translation>Manglar samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="409" />
        <source>The minutes follow the patient's consent to share with the municipality, and there is no valid one. Record the consent under «Consent» and try again. Nothing was made.</source>
        <translation>Referatet følgjer samtykket frå pasienten til å dele med kommunen, og det finst ikkje noko gyldig samtykke. Registrer samtykket under «Samtykke» og prøv igjen. Ingenting vart laga.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="416" />
        <source>Save minutes as PDF</source>
        <translation>Lagre referat som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="416" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="425" />
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="426" />
        <source>The PDF could not be written to %1. %2 Nothing was written.</source>
        <translation>PDF-en kunne ikkje skrivast til %1. %2 Ingenting vart skrive.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="431" />
        <source>Saved</source>
        <translation>Lagra</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="431" />
        <source>Saved as %1.</source>
        <translation>Lagra som %1.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="52" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="118" />
        <source>Home municipality</source>
        <translation>Heimkommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="53" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="122" />
        <source>Ward</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="54" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="126" />
        <source>Responsible staff member</source>
        <translation>Ansvarleg medarbeidar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="55" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="129" />
        <source>Admission date</source>
        <translation>Innleggingsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="56" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="142" />
        <source>Planned discharge</source>
        <translation>Planlagd utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="84" />
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="103" />
        <source>Patient's name</source>
        <translation>Namn på pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="107" />
        <source>11 digits, or leave empty if not known yet</source>
        <translation>11 siffer, eller la stå tomt viss det ikkje er kjent enno</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="108" />
        <source>National identity number</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="112" />
        <source>dd.mm.yyyy (when there is no number)</source>
        <translation>dd.mm.åååå (når fødselsnummer manglar)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="113" />
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="117" />
        <source>Type the name or number of the municipality</source>
        <translation>Skriv kommunenamn eller kommunenummer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="136" />
        <source>Not set yet</source>
        <translation>Ikkje fastsett enno</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="148" />
        <source>Create plan</source>
        <translation>Opprett plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="244" />
        <source>Plan details</source>
        <translation>Opplysningar om planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="245" />
        <source>Save changes</source>
        <translation>Lagre endringane</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="162" />
        <source>New user</source>
        <translation>Ny brukar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="168" />
        <source>Each person signs in with their own user name and password. Give the password to them in person, never by e-mail or text message.</source>
        <translation>Kvar person loggar inn med sitt eige brukarnamn og passord. Gi passordet til personen sjølv, aldri på e-post eller SMS.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="179" />
        <source>For example kari.nordmann</source>
        <translation>Til dømes kari.nordmann</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="182" />
        <source>Staff</source>
        <translation>Vanleg brukar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="183" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="184" />
        <source>Administrators also add users, set passwords and read the access log.</source>
        <translation>Administratorar legg òg til brukarar, set passord og les tilgangsloggen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="187" />
        <source>Full &amp;name</source>
        <translation>Fullt &amp;namn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="188" />
        <source>&amp;User name</source>
        <translation>&amp;Brukarnamn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="189" />
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="190" />
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="191" />
        <source>R&amp;epeat the password</source>
        <translation>&amp;Gjenta passordet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="193" />
        <source>Add user</source>
        <translation>Legg til brukar</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="276" />
        <source>Change your password</source>
        <translation>Byt passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="281" />
        <source>Your new password works from the next time you sign in or unlock. The data stays as it is. Never write the password on a note by the PC.</source>
        <translation>Det nye passordet gjeld frå neste gong du loggar inn eller låser opp. Dataa blir som dei er. Skriv aldri passordet på ein lapp ved PC-en.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="291" />
        <source>&amp;Current password</source>
        <translation>&amp;Noverande passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="292" />
        <source>New &amp;password</source>
        <translation>Nytt &amp;passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="293" />
        <source>R&amp;epeat the new password</source>
        <translation>G&amp;jenta det nye passordet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="294" />
        <source>Change password</source>
        <translation>Byt passord</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="230" />
        <source>Activate user again</source>
        <translation>Aktiver brukar igjen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="230" />
        <source>New password</source>
        <translation>Nytt passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="236" />
        <source>%1 (%2) can sign in again with this password. Give it to them in person, never by e-mail or text message.</source>
        <translation>%1 (%2) kan logge inn igjen med dette passordet. Gi det til personen sjølv, aldri på e-post eller SMS.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="241" />
        <source>A new password for %1 (%2). The old one stops working at once; the data stays as it is. Give the new one to them in person.</source>
        <translation>Nytt passord for %1 (%2). Det gamle sluttar å verke med ein gong; dataa blir som dei er. Gi det nye passordet til personen sjølv.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="251" />
        <source>New &amp;password</source>
        <translation>Nytt &amp;passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="252" />
        <source>R&amp;epeat the password</source>
        <translation>&amp;Gjenta passordet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="253" />
        <source>Activate</source>
        <translation>Aktiver</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="253" />
        <source>Set password</source>
        <translation>Lagre passord</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="109" />
        <source>← Ward overview</source>
        <translation>← Avdelingsoversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="111" />
        <source>Back to all plans (Esc or Alt+Left)</source>
        <translation>Tilbake til alle planar (Esc eller Alt+Venstre)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="124" />
        <source>&amp;Next step (F8)</source>
        <translation>&amp;Neste steg (F8)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="127" />
        <source>Go to the most urgent open item; press again to go on to the next one (F8)</source>
        <translation>Gå til det mest hastande opne punktet; trykk igjen for å gå vidare til det neste (F8)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="136" />
        <source>Edit &amp;details…</source>
        <translation>Endre &amp;opplysningar…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="138" />
        <source>Correct name, number, municipality, responsible or dates</source>
        <translation>Rett namn, fødselsnummer, kommune, ansvarleg eller datoar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="140" />
        <source>Register disc&amp;harge…</source>
        <translation>Registrer &amp;utskriving…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="143" />
        <source>Record the discharge date, how the stay ended and each area's status then</source>
        <translation>Registrer utskrivingsdato, korleis opphaldet enda og status per område ved utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="146" />
        <source>Re&amp;open plan…</source>
        <translation>&amp;Gjenopne plan…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="148" />
        <source>Make a discharged plan active again (the reason is logged)</source>
        <translation>Gjer ein utskriven plan aktiv igjen (grunngjevinga blir logga)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="168" />
        <source>Plan areas</source>
        <translation>Planområde</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="181" />
        <source>Information and follow-up</source>
        <translation>Informasjon og oppfølging</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="316" />
        <source>%1
%2/%3 required%4 · %5</source>
        <translation>%1
%2/%3 påkravde%4 · %5</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="325" />
        <source>%1: %2 of %3 required items done (%4 of %5 in all); status: %6</source>
        <translation>%1: %2 av %3 påkravde punkt ferdige (%4 av %5 i alt); status: %6</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="370" />
        <source>Due dates moved</source>
        <translation>Fristar flytta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="381" />
        <source>The dates of the stay changed. %n checklist item(s) got a new due date.</source>
        <translation>
            <numerusform>Datoane for opphaldet er endra. %n punkt i sjekklista fekk ny frist.</numerusform>
            <numerusform>Datoane for opphaldet er endra. %n punkt i sjekklista fekk ny frist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="418" />
        <source>&lt;b&gt;Next step:&lt;/b&gt; every checklist item is done or marked not applicable.</source>
        <translation>&lt;b&gt;Neste steg:&lt;/b&gt; alle sjekkpunkt er ferdige eller merkte som ikkje aktuelle.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="427" />
        <source>due when planned discharge is set</source>
        <translation>frist når planlagd utskriving er fastsett</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="432" />
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>over fristen med %n dag</numerusform>
            <numerusform>over fristen med %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="435" />
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="438" />
        <source>&lt;b&gt;Next step %1 of %2:&lt;/b&gt; %3 – «%4», %5. Space ticks it, Enter opens it, F8 goes on.</source>
        <translation>&lt;b&gt;Neste steg %1 av %2:&lt;/b&gt; %3 – «%4», %5. Mellomrom kryssar av, Enter opnar, F8 går vidare.</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="47" />
        <source>born %1</source>
        <translation>fødd %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="49" />
        <source>identity number not registered</source>
        <translation>fødselsnummer ikkje registrert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="53" />
        <source>planned discharge not set</source>
        <translation>planlagd utskriving ikkje fastsett</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="55" />
        <source>%n day(s) to planned discharge</source>
        <translation>
            <numerusform>%n dag til planlagd utskriving</numerusform>
            <numerusform>%n dagar til planlagd utskriving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="57" />
        <source>%n day(s) past planned discharge</source>
        <translation>
            <numerusform>%n dag over planlagd utskriving</numerusform>
            <numerusform>%n dagar over planlagd utskriving</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="63" />
        <source>&lt;b&gt;%1 of %2 areas ready&lt;/b&gt; · %3 of %4 checklist items done · responsible: %5</source>
        <translation>&lt;b&gt;%1 av %2 område klare&lt;/b&gt; · %3 av %4 sjekkpunkt ferdige · ansvarleg: %5</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="74" />
        <source>Admitted %1 · planned discharge %2 · %3</source>
        <translation>Innlagd %1 · planlagd utskriving %2 · %3</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="76" />
        <source>Admitted %1 · planned discharge %2</source>
        <translation>Innlagd %1 · planlagd utskriving %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="84" />
        <source>&lt;b&gt;Discharged %1&lt;/b&gt; (%2) – read only; «Reopen plan» to change it.</source>
        <translation>&lt;b&gt;Utskriven %1&lt;/b&gt; (%2) – kan berre lesast; «Gjenopne plan» for å endre planen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="90" />
        <source>&lt;b&gt;%1&lt;/b&gt; – the plan can no longer be changed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – planen kan ikkje endrast lenger.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="97" />
        <source>not set</source>
        <translation>ikkje fastsett</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="51" />
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="81" />
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="82" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="83" />
        <source>Admitted</source>
        <translation>Innlagd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="84" />
        <source>Planned discharge</source>
        <translation>Planlagd utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="85" />
        <source>Days left</source>
        <translation>Dagar att</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="86" />
        <source>Areas</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="87" />
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="88" />
        <source>Next due</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="89" />
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="90" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="234" />
        <source>not set</source>
        <translation>ikkje fastsett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="261" />
        <source>Discharged %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="269" />
        <source>The follow-up call after discharge is past its date</source>
        <translation>Oppfølgingssamtalen etter utskriving har passert fristen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="270" />
        <source>%n checklist item(s) or agreed action(s) past their date</source>
        <translation>
            <numerusform>%n sjekkpunkt eller tiltak har passert fristen</numerusform>
            <numerusform>%n sjekkpunkt eller tiltak har passert fristen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureFollowedDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="283" />
        <source>Procedure followed</source>
        <translation>Prosedyren er følgd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="288" />
        <source>Record that the municipality was told, and what else was done.</source>
        <translation>Registrer at kommunen er varsla, og kva anna som vart gjort.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="292" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="294" />
        <source>&amp;By whom</source>
        <translation>&amp;Av kven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="295" />
        <source>Whom you spoke to, and what was agreed</source>
        <translation>Kven du snakka med, og kva som vart avtalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="296" />
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
</context>
<context>
    <name>ProcedureText</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="39" />
        <source>the municipality</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="41" />
        <source>Tell %1 (phone %2).</source>
        <translation>Varsle %1 (tlf. %2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="44" />
        <source>Tell %1.</source>
        <translation>Varsle %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="47" />
        <source>Who does it: %1.</source>
        <translation>Det gjer: %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="52" />
        <source>Also: %1</source>
        <translation>Elles: %1</translation>
    </message>
</context>
<context>
    <name>RecordRows</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="50" />
        <source>next %1</source>
        <translation>neste %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="52" />
        <source>%n held</source>
        <translation>
            <numerusform>%n halde</numerusform>
            <numerusform>%n haldne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="56" />
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="57" />
        <source>%n valid</source>
        <translation>
            <numerusform>%n gyldig</numerusform>
            <numerusform>%n gyldige</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="57" />
        <source>⚠ none for the kommune</source>
        <translation>⚠ manglar for kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="59" />
        <source>Appointments</source>
        <translation>Avtalar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="59" />
        <source>%n booked</source>
        <translation>
            <numerusform>%n avtale</numerusform>
            <numerusform>%n avtalar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="60" />
        <source>Meetings</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="61" />
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="61" />
        <source>%n printed or saved</source>
        <translation>
            <numerusform>%n utskrive eller lagra</numerusform>
            <numerusform>%n utskrivne eller lagra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="135" />
        <source>Forgotten password</source>
        <translation>Gløymt passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="139" />
        <source>Ask one of the ward's administrators for a new password: they set it under File → Users. If every administrator has forgotten theirs, an administrator can set a new one here with the ward's recovery key (the paper from the setup, kept locked away).</source>
        <translation>Be ein av administratorane på avdelinga om eit nytt passord: dei set det under Fil → Brukarar. Har alle administratorane gløymt sitt, kan ein administrator sette eit nytt her med gjenopprettingsnøkkelen til avdelinga (arket frå oppsettet, som er låst inne).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="154" />
        <source>&amp;Recovery key</source>
        <translation>Gjen&amp;opprettingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="155" />
        <source>&amp;Administrator's user name</source>
        <translation>Brukarnamnet til &amp;administratoren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="156" />
        <source>New &amp;password</source>
        <translation>Nytt &amp;passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="157" />
        <source>R&amp;epeat the password</source>
        <translation>G&amp;jenta passordet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="159" />
        <source>Set password and sign in</source>
        <translation>Set passord og logg inn</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="226" />
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="231" />
        <source>If every administrator forgets their password, this key opens the ward's data. Write it down or print this window now and lock it away: it is shown only this once and is not stored in clear anywhere.</source>
        <translation>Dersom alle administratorane gløymer passordet sitt, opnar denne nøkkelen dataa til avdelinga. Skriv ned nøkkelen eller skriv ut dette vindauget no, og lås han inne: nøkkelen blir vist berre denne eine gongen og blir ikkje lagra i klartekst nokon stad.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="243" />
        <source>I have written down the recovery key and will lock it away</source>
        <translation>Eg har skrive ned gjenopprettingsnøkkelen og låser han inne</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="291" />
        <source>File not imported</source>
        <translation>Fila vart ikkje importert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="295" />
        <source>Nothing was imported</source>
        <translation>Ingenting vart importert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="300" />
        <source>«%1» has %n problem(s). The whole file is refused, so the directory is just as it was. Correct the lines below in the file and import it again.</source>
        <translation>
            <numerusform>«%1» har %n feil. Heile fila er avvist, så katalogen er akkurat som før. Rett linja nedanfor i fila og importer ho på nytt.</numerusform>
            <numerusform>«%1» har %n feil. Heile fila er avvist, så katalogen er akkurat som før. Rett linjene nedanfor i fila og importer ho på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="308" />
        <source>Problems in the file</source>
        <translation>Feil i fila</translation>
    </message>
</context>
<context>
    <name>RelapsePanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="83" />
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="91" />
        <source>User-controlled bed (brukerstyrt seng)</source>
        <translation>Brukarstyrt seng</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="84" />
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="97" />
        <source>Procedure for an unplanned end (brudd)</source>
        <translation>Prosedyre ved brot</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="94" />
        <source>Returning to treatment after a relapse</source>
        <translation>Avtale om retur etter tilbakefall</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="106" />
        <source>⚠ No procedure for an unplanned end is recorded. Record it at admission: whom in the municipality to tell if the patient leaves early.</source>
        <translation>⚠ Ingen prosedyre ved brot er registrert. Registrer prosedyren ved innlegginga: kven i kommunen som skal varslast dersom pasienten avbryt opphaldet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="127" />
        <source>Mark the procedure as &amp;followed…</source>
        <translation>Merk prosedyren som &amp;følgd…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="174" />
        <source>Change the &amp;contract…</source>
        <translation>Endre avtalen om &amp;seng…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="174" />
        <source>Record a &amp;contract…</source>
        <translation>Registrer avtale om &amp;seng…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="177" />
        <source>Change the &amp;agreement…</source>
        <translation>Endre &amp;returavtalen…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="177" />
        <source>Record an &amp;agreement…</source>
        <translation>Registrer &amp;returavtale…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="180" />
        <source>&amp;Record the procedure…</source>
        <translation>Registrer &amp;prosedyren…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="180" />
        <source>Change the &amp;procedure…</source>
        <translation>Endre &amp;prosedyren…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="191" />
        <source>The stay ended unplanned (brudd) %1.</source>
        <translation>Opphaldet vart avslutta med brot %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="196" />
        <source>No procedure was recorded at admission. The municipality must still be told today.</source>
        <translation>Ingen prosedyre vart registrert ved innlegginga. Kommunen må likevel varslast i dag.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="199" />
        <source>Procedure: %1</source>
        <translation>Prosedyre: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="203" />
        <source>Followed %1 by %2.</source>
        <translation>Følgd %1 av %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="209" />
        <source>Not marked as followed yet.</source>
        <translation>Ikkje merkt som følgd enno.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="218" />
        <source>No contract. With a contract the patient can decide to come in for a few days when things get hard, without a referral.</source>
        <translation>Ingen avtale. Med ein avtale om brukarstyrt seng kan pasienten sjølv bestemme å leggje seg inn nokre døgn når det blir vanskeleg, utan tilvising.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="221" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="225" />
        <source>At most %n day(s) a stay</source>
        <translation>
            <numerusform>Inntil %n døgn per opphald</numerusform>
            <numerusform>Inntil %n døgn per opphald</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="227" />
        <source>at least %n day(s) between stays</source>
        <translation>
            <numerusform>minst %n døgn mellom opphalda</numerusform>
            <numerusform>minst %n døgn mellom opphalda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="230" />
        <source>Contract with %1, %2.</source>
        <translation>Avtale med %1, %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="234" />
        <source>How to ask for it: %1</source>
        <translation>Slik ber pasienten om plass: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="240" />
        <source>No agreement yet. Agree with the patient how to come back to treatment after a relapse.</source>
        <translation>Ingen avtale enno. Avtal med pasienten korleis han eller ho kan kome tilbake til behandling etter eit tilbakefall.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="244" />
        <source>Agreed %1</source>
        <translation>Avtalt %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="246" />
        <source>Agreed %1 with %2</source>
        <translation>Avtalt %1 med %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="253" />
        <source>Not recorded.</source>
        <translation>Ikkje registrert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="256" />
        <source>Recorded %1 by %2.</source>
        <translation>Registrert %1 av %2.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="359" />
        <source>Reopen plan</source>
        <translation>Gjenopne plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="367" />
        <source>unplanned (brudd)</source>
        <translation>uplanlagd avslutning (brot)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="369" />
        <source>planned</source>
        <translation>planlagd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="372" />
        <source>Discharged %1 · %2</source>
        <translation>Utskriven %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="379" />
        <source>The plan becomes active and can be changed again. Say why; the reason is kept in the plan's log.</source>
        <translation>Planen blir aktiv og kan endrast igjen. Skriv kvifor; grunngjevinga blir lagra i loggen til planen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="387" />
        <source>&amp;Reason</source>
        <translation>G&amp;runngjeving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="391" />
        <source>Reason for reopening</source>
        <translation>Grunngjeving for gjenopning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="394" />
        <source>Say why the plan is reopened.</source>
        <translation>Skriv kvifor planen blir gjenopna.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="404" />
        <source>Re&amp;open plan</source>
        <translation>&amp;Gjenopne plan</translation>
    </message>
</context>
<context>
    <name>ReturnAgreementDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="169" />
        <source>Returning after a relapse</source>
        <translation>Retur etter tilbakefall</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="175" />
        <source>A relapse is common and no failure. Agree with the patient how to come back to treatment quickly: whom to call, and what the ward and the municipality will do.</source>
        <translation>Tilbakefall er vanleg og ikkje eit nederlag. Avtal med pasienten korleis han eller ho raskt kan kome tilbake til behandling: kven pasienten skal ringje, og kva avdelinga og kommunen gjer.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="180" />
        <source>What was agreed</source>
        <translation>Det som vart avtalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="181" />
        <source>&amp;Agreement</source>
        <translation>&amp;Avtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="183" />
        <source>Agreed &amp;on</source>
        <translation>Avtalt &amp;den</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="185" />
        <source>e.g. the patient and the municipality's contact</source>
        <translation>t.d. pasienten og kontaktpersonen i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="187" />
        <source>Agreed &amp;with</source>
        <translation>Avtalt &amp;med</translation>
    </message>
</context>
<context>
    <name>SelfHelpPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="111" />
        <source>Staff inform and motivate; the patient decides. Practical details (day, time, place, a contact, someone to go with) make it far more likely that the patient goes after discharge.</source>
        <translation>Personalet informerer og motiverer; pasienten bestemmer. Praktiske detaljar (dag, klokkeslett, stad, ein kontakt, nokon å gå saman med) gjer det langt meir sannsynleg at pasienten går etter utskrivinga.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="143" />
        <source>Record follow-up conversation…</source>
        <translation>Registrer oppfølgingssamtale…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="153" />
        <source>Informed</source>
        <translation>Informert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="158" />
        <source>The patient's view</source>
        <translation>Synet til pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="164" />
        <source>Meetings visited during the stay</source>
        <translation>Besøkte møte under opphaldet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="168" />
        <source>&amp;Add meeting…</source>
        <translation>&amp;Legg til møte…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="169" />
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="213" />
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="170" />
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="201" />
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="214" />
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="174" />
        <source>No meetings visited yet. Going to a meeting during the stay, perhaps with someone from the ward, makes the first one at home easier.</source>
        <translation>Ingen besøkte møte enno. Å gå på eit møte under opphaldet, gjerne saman med nokon frå avdelinga, gjer det første møtet heime lettare.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="177" />
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="222" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="177" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="177" />
        <source>With whom</source>
        <translation>Saman med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="187" />
        <source>Contact person or sponsor</source>
        <translation>Kontaktperson eller fadder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="189" />
        <source>The patient &amp;consents to the name and phone being stored</source>
        <translation>Pasienten samtykkjer til at namn og &amp;telefon blir lagra</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="198" />
        <source>Planned first meeting after discharge</source>
        <translation>Planlagt første møte etter utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="208" />
        <source>Follow-up conversations</source>
        <translation>Oppfølgingssamtalar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="212" />
        <source>Record follow-&amp;up conversation…</source>
        <translation>Registrer o&amp;ppfølgingssamtale…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="219" />
        <source>No follow-up conversations yet. Take self-help up again in a later conversation: what did the patient think, has he or she been to a meeting?</source>
        <translation>Ingen oppfølgingssamtalar enno. Ta opp sjølvhjelp igjen i ein seinare samtale: Kva tykte pasienten, har hen vore på eit møte?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="222" />
        <source>By whom</source>
        <translation>Av kven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="222" />
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="271" />
        <source>Change &amp;information…</source>
        <translation>Endre &amp;informasjon…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="271" />
        <source>Record &amp;information…</source>
        <translation>Registrer &amp;informasjon…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="274" />
        <source>Change the &amp;view…</source>
        <translation>Endre &amp;synet…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="274" />
        <source>Record the patient's &amp;view…</source>
        <translation>Registrer &amp;synet til pasienten…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="277" />
        <source>Change contact &amp;person…</source>
        <translation>Endre &amp;kontaktperson…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="277" />
        <source>Record contact &amp;person…</source>
        <translation>Registrer &amp;kontaktperson…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="280" />
        <source>Change first &amp;meeting…</source>
        <translation>Endre første &amp;møte…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="280" />
        <source>Plan first &amp;meeting…</source>
        <translation>Planlegg første &amp;møte…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="308" />
        <source>⚠ No follow-up conversation about self-help for %n week(s) (due %1)</source>
        <translation>
            <numerusform>⚠ Ingen oppfølgingssamtale om sjølvhjelp på %n veke (frist %1)</numerusform>
            <numerusform>⚠ Ingen oppfølgingssamtale om sjølvhjelp på %n veker (frist %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="312" />
        <source>A follow-up conversation about self-help is due %1 (in %n day(s))</source>
        <translation>
            <numerusform>Ein oppfølgingssamtale om sjølvhjelp skal haldast innan %1 (om %n dag)</numerusform>
            <numerusform>Ein oppfølgingssamtale om sjølvhjelp skal haldast innan %1 (om %n dagar)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="321" />
        <source>Not informed yet. Record when the patient was told about self-help groups, and which ones were presented.</source>
        <translation>Ikkje informert enno. Registrer når pasienten fekk høyre om sjølvhjelpsgrupper, og kva for nokre som vart presenterte.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="324" />
        <source>Informed %1 by %2.</source>
        <translation>Informert %1 av %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="328" />
        <source>Organisations presented: %1</source>
        <translation>Organisasjonar presenterte: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="331" />
        <source>Local groups presented:</source>
        <translation>Lokale grupper presenterte:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="334" />
        <source>Material given: %1</source>
        <translation>Materiell gitt: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="340" />
        <source>Not asked yet. Ask what the patient thinks about self-help groups, and write it down in their own words.</source>
        <translation>Ikkje spurt enno. Spør kva pasienten tenkjer om sjølvhjelpsgrupper, og skriv det ned med pasienten sine eigne ord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="348" />
        <source>A name and phone number are stored only when the patient consents to it.</source>
        <translation>Namn og telefonnummer blir berre lagra når pasienten samtykkjer til det.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="350" />
        <source>No contact person recorded yet.</source>
        <translation>Ingen kontaktperson registrert enno.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="361" />
        <source>No follow-up is due: the plan is not active.</source>
        <translation>Inga oppfølging: planen er ikkje aktiv.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="363" />
        <source>No follow-up is due yet: the patient has not been informed.</source>
        <translation>Inga oppfølging enno: pasienten er ikkje informert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="365" />
        <source>Next follow-up due: %1</source>
        <translation>Neste oppfølgingssamtale innan: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="406" />
        <source>Without the patient's consent the contact person cannot be kept. Delete «%1» and the phone number from the plan?</source>
        <translation>Utan samtykke frå pasienten kan kontaktpersonen ikkje lagrast. Slette «%1» og telefonnummeret frå planen?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="409" />
        <source>Delete contact person</source>
        <translation>Slette kontaktperson</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="433" />
        <source>Remove the planned first meeting after discharge?</source>
        <translation>Fjerne det planlagde første møtet etter utskrivinga?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="434" />
        <source>Remove first meeting</source>
        <translation>Fjerne første møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="456" />
        <source>Remove the meeting of %1 (%2)?</source>
        <translation>Fjerne møtet %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="460" />
        <source>Remove meeting</source>
        <translation>Fjerne møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="485" />
        <source>Remove the follow-up conversation of %1?</source>
        <translation>Fjerne oppfølgingssamtalen %1?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="486" />
        <source>Remove follow-up conversation</source>
        <translation>Fjerne oppfølgingssamtale</translation>
    </message>
</context>
<context>
    <name>SelfHelpTexts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="30" />
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="31" />
        <source>Tuesday</source>
        <translation>tysdag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="32" />
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="33" />
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="34" />
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="35" />
        <source>Saturday</source>
        <translation>laurdag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="36" />
        <source>Sunday</source>
        <translation>sundag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="39" />
        <source>Mon</source>
        <translation>mån.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="40" />
        <source>Tue</source>
        <translation>tys.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="41" />
        <source>Wed</source>
        <translation>ons.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="42" />
        <source>Thu</source>
        <translation>tor.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="43" />
        <source>Fri</source>
        <translation>fre.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="44" />
        <source>Sat</source>
        <translation>lau.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="45" />
        <source>Sun</source>
        <translation>sun.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="62" />
        <source>no fixed meeting time recorded</source>
        <translation>ingen fast møtetid registrert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="72" />
        <source>Patients</source>
        <translation>Pasientar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="73" />
        <source>Next of kin</source>
        <translation>Pårørande</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="74" />
        <source>Patients and next of kin</source>
        <translation>Pasientar og pårørande</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="80" />
        <source>In person</source>
        <translation>Fysisk oppmøte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="81" />
        <source>Online</source>
        <translation>På nett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="87" />
        <source>Open meeting</source>
        <translation>Ope møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="88" />
        <source>Closed meeting</source>
        <translation>Lukka møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="93" />
        <source>Not asked yet</source>
        <translation>Ikkje spurt enno</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="95" />
        <source>Interested</source>
        <translation>Interessert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="96" />
        <source>Unsure</source>
        <translation>Usikker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="97" />
        <source>Not now</source>
        <translation>Ikkje no</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="98" />
        <source>Declined</source>
        <translation>Ønskjer ikkje</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="104" />
        <source>⚠ possibly out of date</source>
        <translation>⚠ kan vere utdatert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="109" />
        <source>Not verified for %1 months or more: check the day, time and place before giving them to a patient.</source>
        <translation>Ikkje kontrollert på %1 månader eller meir: sjekk dag, tid og stad før du gir dei til ein pasient.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="129" />
        <source>(removed from the directory)</source>
        <translation>(fjerna frå oversikta)</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="175" />
        <source>Set up the ward's first administrator</source>
        <translation>Lag den første administratoren for avdelinga</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="181" />
        <source>The patient data on this PC is encrypted. Each person signs in with their own name and password. Make the first administrator now; they can then add the others.</source>
        <translation>Pasientopplysningane på denne PC-en er krypterte. Kvar person loggar inn med eige brukarnamn og passord. Lag den første administratoren no; ho eller han kan så leggje til dei andre.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="194" />
        <source>Full &amp;name</source>
        <translation>Fullt &amp;namn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="195" />
        <source>&amp;User name</source>
        <translation>&amp;Brukarnamn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="196" />
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="197" />
        <source>&amp;Repeat the password</source>
        <translation>&amp;Gjenta passordet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="198" />
        <source>Set up</source>
        <translation>Set opp</translation>
    </message>
</context>
<context>
    <name>SharingTexts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="30" />
        <source>Municipal service</source>
        <translation>Kommunal teneste</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="31" />
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="32" />
        <source>GP (fastlege)</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="33" />
        <source>Next of kin</source>
        <translation>Pårørande</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="34" />
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="37" />
        <source>written</source>
        <translation>skriftleg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="38" />
        <source>oral</source>
        <translation>munnleg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="41" />
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="42" />
        <source>Not yet in force</source>
        <translation>Gjeld ikkje enno</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="43" />
        <source>Expired</source>
        <translation>Utgått</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="44" />
        <source>Withdrawn</source>
        <translation>Trekt tilbake</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="45" />
        <source>No areas</source>
        <translation>Ingen område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="48" />
        <source>Handover</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="49" />
        <source>Patient's copy (Min plan)</source>
        <translation>Pasienten sin kopi (Min plan)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="52" />
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="53" />
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="56" />
        <source>Saved as PDF</source>
        <translation>Lagra som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="57" />
        <source>Printed</source>
        <translation>Skrive ut</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="52" />
        <source>Write what the appointment is.</source>
        <translation>Skriv kva avtalen gjeld.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="65" />
        <source>Write who may receive the information.</source>
        <translation>Skriv kven som kan ta imot opplysningane.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="68" />
        <source>Tick at least one area the patient agrees to share.</source>
        <translation>Kryss av minst eitt område pasienten samtykkjer i å dele.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="71" />
        <source>The date consent was given cannot be in the future.</source>
        <translation>Datoen samtykket vart gitt, kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="74" />
        <source>Write who noted the consent.</source>
        <translation>Skriv kven som noterte samtykket.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="75" />
        <source>The expiry date is before the date consent was given.</source>
        <translation>Utløpsdatoen er før datoen samtykket vart gitt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="78" />
        <source>The withdrawal date is before the date consent was given.</source>
        <translation>Datoen for tilbaketrekkinga er før datoen samtykket vart gitt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="81" />
        <source>The withdrawal date cannot be in the future.</source>
        <translation>Datoen for tilbaketrekkinga kan ikkje vere fram i tid.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="44" />
        <source>Wrong user name or password.</source>
        <translation>Feil brukarnamn eller passord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="46" />
        <source>Too many wrong attempts. Wait %1 seconds and try again.</source>
        <translation>For mange feil forsøk. Vent %1 sekund og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="64" />
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="93" />
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="70" />
        <source>Discharge planner</source>
        <translation>Utskrivingsplanleggar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="79" />
        <source>&amp;User name</source>
        <translation>&amp;Brukarnamn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="80" />
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="85" />
        <source>&amp;Forgotten your password?</source>
        <translation>&amp;Gløymt passordet?</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="227" />
        <source>Not restored</source>
        <translation>Ikkje gjenoppretta</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="228" />
        <source>The backup could not be restored (%1). The data is as it was.</source>
        <translation>Tryggingskopien kunne ikkje gjenopprettast (%1). Dataa er som før.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="233" />
        <location filename="../../src/dischargeplanner/ui/application.py" line="248" />
        <source>The backup is restored.</source>
        <translation>Tryggingskopien er gjenoppretta.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="250" />
        <source>The database is damaged: %1 Tell the IT department before you go on.</source>
        <translation>Databasen er skadd: %1 Sei frå til IT-avdelinga før du held fram.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="259" />
        <source>Today's backup could not be taken: %1</source>
        <translation>Tryggingskopien for i dag kunne ikkje takast: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="277" />
        <source>The database is damaged</source>
        <translation>Databasen er skadd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="280" />
        <source>%1

There is no backup that passed its check. Nothing has been changed in the file. Contact the IT department.</source>
        <translation>%1

Det finst ingen tryggingskopi som bestod kontrollen. Ingenting er endra i fila. Kontakt IT-avdelinga.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="287" />
        <source>%1

Restore the newest good backup, taken %2 (%3 plans)? The damaged file is set aside in the data folder, not deleted. What was recorded after the backup is not in it.</source>
        <translation>%1

Vil du hente tilbake den nyaste gode tryggingskopien, teken %2 (%3 planar)? Den skadde fila blir lagd til side i datamappa, ho blir ikkje sletta. Det som vart registrert etter tryggingskopien, er ikkje med.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="298" />
        <source>The backup could not be restored (%1). Nothing has been changed in the files.</source>
        <translation>Tryggingskopien kunne ikkje gjenopprettast (%1). Ingenting er endra i filene.</translation>
    </message>
</context>
<context>
    <name>StartSlide</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="78" />
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="79" />
        <source>Taking part</source>
        <translation>Deltek</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="89" />
        <source>→ or Page Down goes to the first area. Esc stores and closes.</source>
        <translation>→ eller Page Down går til det første området. Esc lagrar og lukkar.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="102" />
        <source>The patient</source>
        <translation>Pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="102" />
        <source>The patient (not present)</source>
        <translation>Pasienten (ikkje til stades)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="105" />
        <source>From the ward: %1</source>
        <translation>Frå avdelinga: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="111" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="111" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="111" />
        <source>Open items</source>
        <translation>Opne punkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="111" />
        <source>Open actions</source>
        <translation>Opne tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="124" />
        <source>Still open from the meeting on %1</source>
        <translation>Framleis ope frå møtet %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="128" />
        <source>Everything decided is done.</source>
        <translation>Alt som vart vedteke, er gjort.</translation>
    </message>
</context>
<context>
    <name>StoreProblems</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="24" />
        <source>The disk is full, so the change could not be stored. Free some space (or ask the IT department to), then try again.</source>
        <translation>Disken er full, så endringa kunne ikkje lagrast. Frigjer plass (eller be IT-avdelinga om det), og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="29" />
        <source>The database file cannot be written to (it is read-only for this user), so the change could not be stored. Ask the IT department to check the rights on the data folder, then try again.</source>
        <translation>Databasefila kan ikkje skrivast til (ho er skriveverna for denne brukaren), så endringa kunne ikkje lagrast. Be IT-avdelinga sjekke tilgangane til datamappa, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="34" />
        <source>The database is held by another program just now (an antivirus scan, a backup or another window of this program), so the change could not be stored yet. Wait a moment and try again.</source>
        <translation>Databasen er i bruk av eit anna program akkurat no (ei antivirusskanning, ein tryggingskopi eller eit anna vindauge i dette programmet), så endringa kunne ikkje lagrast enno. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="39" />
        <source>The disk did not accept the change (the file may be held by an antivirus scan, or the disk may be failing). Wait a moment and try again; if it keeps failing, tell the IT department.</source>
        <translation>Disken tok ikkje imot endringa (fila kan vere i bruk av ei antivirusskanning, eller disken kan vere i ferd med å svikte). Vent litt og prøv igjen; sei frå til IT-avdelinga dersom det held fram.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="44" />
        <source>The change could not be stored. Try again in a moment; if it keeps failing, tell the IT department.</source>
        <translation>Endringa kunne ikkje lagrast. Prøv igjen om litt; sei frå til IT-avdelinga dersom det held fram.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="64" />
        <source>Nothing in the plan has changed. Your change is kept: choose Retry to store it, or Discard to leave it out.</source>
        <translation>Ingenting i planen er endra. Endringa di er teken vare på: vel Prøv igjen for å lagre ho, eller Forkast for å la ho vere.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="76" />
        <source>The file is open in another program (a PDF viewer, for instance), or the folder may not be written to. Close the file or choose another folder, and try again.</source>
        <translation>Fila er open i eit anna program (til dømes ein PDF-lesar), eller mappa kan ikkje skrivast til. Lukk fila eller vel ei anna mappe, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="82" />
        <source>The disk is full. Free some space or choose another disk.</source>
        <translation>Disken er full. Frigjer plass eller vel ein annan disk.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="84" />
        <source>The disk or folder is read-only. Choose another folder.</source>
        <translation>Disken eller mappa er skriveverna. Vel ei anna mappe.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="86" />
        <source>A folder has that name. Choose another file name.</source>
        <translation>Ei mappe har det namnet. Vel eit anna filnamn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="88" />
        <source>The folder no longer exists. Choose another folder.</source>
        <translation>Mappa finst ikkje lenger. Vel ei anna mappe.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="90" />
        <source>The file could not be written. Try again, or choose another folder.</source>
        <translation>Fila kunne ikkje skrivast. Prøv igjen, eller vel ei anna mappe.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="32" />
        <source>Housing</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="33" />
        <source>Finances</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="34" />
        <source>Network</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="35" />
        <source>Meaningful activity</source>
        <translation>Meiningsfull aktivitet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="36" />
        <source>Self-help</source>
        <translation>Sjølvhjelp</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="37" />
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="38" />
        <source>Crisis and relapse</source>
        <translation>Krise og tilbakefall</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="39" />
        <source>Children and family</source>
        <translation>Barn og familie</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="40" />
        <source>Coordination with the municipality</source>
        <translation>Samarbeid med kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="46" />
        <source>Planned discharge</source>
        <translation>Planlagd utskriving</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="47" />
        <source>Unplanned end (brudd)</source>
        <translation>Uplanlagd avslutning (brot)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="53" />
        <source>Not assessed</source>
        <translation>Ikkje vurdert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="54" />
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="55" />
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="56" />
        <source>Red</source>
        <translation>Raud</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="63" />
        <source>Not assessed yet</source>
        <translation>Ikkje vurdert enno</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="64" />
        <source>Green: no problem</source>
        <translation>Grøn: ikkje noko problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="65" />
        <source>Yellow: some problem</source>
        <translation>Gul: noko problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="66" />
        <source>Red: serious problem</source>
        <translation>Raud: alvorleg problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="72" />
        <source>Not started</source>
        <translation>Ikkje starta</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="73" />
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="74" />
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="75" />
        <source>Not applicable</source>
        <translation>Ikkje aktuelt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="81" />
        <source>Ward</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="82" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="83" />
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="84" />
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="85" />
        <source>Next of kin</source>
        <translation>Pårørande</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="91" />
        <source>Open</source>
        <translation>Ope</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="92" />
        <source>Carried out</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="93" />
        <source>Cancelled</source>
        <translation>Avbrote</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="99" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="100" />
        <source>Discharged</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="101" />
        <source>Archived</source>
        <translation>Arkivert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="108" />
        <source>Write the patient's name.</source>
        <translation>Skriv namnet til pasienten.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="109" />
        <source>A national identity number has only digits.</source>
        <translation>Eit fødselsnummer består berre av siffer.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="110" />
        <source>A national identity number has 11 digits.</source>
        <translation>Eit fødselsnummer har 11 siffer.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="112" />
        <source>The first six digits are not a possible date of birth (DDMMYY).</source>
        <translation>Dei seks første sifra er ikkje ein mogleg fødselsdato (DDMMÅÅ).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="115" />
        <source>The check digits do not match: one of the digits is probably mistyped.</source>
        <translation>Kontrollsifra stemmer ikkje: truleg er eitt av sifra skrive feil.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="120" />
        <source>The date of birth does not match the national identity number.</source>
        <translation>Fødselsdatoen stemmer ikkje med fødselsnummeret.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="122" />
        <source>The date of birth is in the future.</source>
        <translation>Fødselsdatoen er fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="124" />
        <source>Write the date as dd.mm.yyyy, for example 24.12.1985.</source>
        <translation>Skriv datoen som dd.mm.åååå, til dømes 24.12.1985.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="126" />
        <source>Choose a municipality from the list.</source>
        <translation>Vel ein kommune frå lista.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="127" />
        <source>Write the name of the ward.</source>
        <translation>Skriv namnet på avdelinga.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="128" />
        <source>Write who is responsible for the plan.</source>
        <translation>Skriv kven som er ansvarleg for planen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="130" />
        <source>Planned discharge cannot be before admission.</source>
        <translation>Planlagd utskriving kan ikkje vere før innlegging.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="132" />
        <source>Say why the item does not apply.</source>
        <translation>Skriv kvifor punktet ikkje er aktuelt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="133" />
        <source>Describe what is to be done.</source>
        <translation>Beskriv kva som skal gjerast.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="135" />
        <source>The patient has been discharged; the plan can no longer be changed.</source>
        <translation>Pasienten er utskriven, og planen kan ikkje endrast lenger.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="138" />
        <source>Only a discharged plan can be reopened.</source>
        <translation>Berre ein utskriven plan kan gjenopnast.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="141" />
        <source>The discharge date cannot be before admission.</source>
        <translation>Utskrivingsdatoen kan ikkje vere før innlegginga.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="144" />
        <source>The discharge date cannot be in the future.</source>
        <translation>Utskrivingsdatoen kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="146" />
        <source>The date cannot be in the future.</source>
        <translation>Datoen kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="148" />
        <source>A phone number has digits, and may have spaces and a leading +.</source>
        <translation>Eit telefonnummer har siffer, og kan ha mellomrom og + framfor.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="151" />
        <source>Give the date the patient was informed.</source>
        <translation>Skriv datoen pasienten vart informert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="154" />
        <source>Write who informed the patient.</source>
        <translation>Skriv kven som informerte pasienten.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="157" />
        <source>A contact person's name and phone are stored only when the patient consents to it.</source>
        <translation>Namn og telefon til ein kontaktperson blir berre lagra når pasienten samtykkjer til det.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="162" />
        <source>Choose the group the first meeting is with.</source>
        <translation>Vel gruppa det første møtet er i.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="165" />
        <source>Choose a group from the directory or write its name.</source>
        <translation>Vel ei gruppe frå oversikta, eller skriv namnet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="168" />
        <source>Write who had the conversation.</source>
        <translation>Skriv kven som hadde samtalen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="171" />
        <source>A follow-up conversation comes after the patient was informed; check the dates.</source>
        <translation>Ein oppfølgingssamtale kjem etter at pasienten vart informert; sjekk datoane.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="176" />
        <source>Choose or write the organisation.</source>
        <translation>Vel eller skriv organisasjonen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="178" />
        <source>Write the group's name.</source>
        <translation>Skriv namnet på gruppa.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="179" />
        <source>A weekday is Monday to Sunday.</source>
        <translation>Ein vekedag er måndag til sundag.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="180" />
        <source>Write who verified the entry.</source>
        <translation>Skriv kven som kontrollerte opplysningane.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="182" />
        <source>The directory already has a group with this organisation, name and municipality.</source>
        <translation>Oversikta har allereie ei gruppe med same organisasjon, namn og kommune.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="186" />
        <source>Write the contact's name.</source>
        <translation>Skriv namnet på kontakten.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="188" />
        <source>Write what role the contact has, for example housing support worker.</source>
        <translation>Skriv kva rolle kontakten har, til dømes burettleiar.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="191" />
        <source>An e-mail address looks like name@example.no.</source>
        <translation>Ei e-postadresse ser slik ut: namn@eksempel.no.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="194" />
        <source>Choose one of this patient's consents.</source>
        <translation>Vel eitt av samtykka til pasienten.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="197" />
        <source>Next of kin and peers cannot be the named person responsible in the municipality.</source>
        <translation>Pårørande og likepersonar kan ikkje vere namngitt ansvarleg i kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="201" />
        <source>Choose one of this patient's contacts.</source>
        <translation>Vel ein av kontaktane til pasienten.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="203" />
        <source>Choose the coordinator among this patient's contacts.</source>
        <translation>Vel koordinatoren blant kontaktane til pasienten.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="206" />
        <source>Write the child's first name or initials.</source>
        <translation>Skriv førenamnet eller initialane til barnet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="209" />
        <source>A child under 18 was born this year or in the last 18 years.</source>
        <translation>Eit barn under 18 år er fødd i år eller i løpet av dei siste 18 åra.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="212" />
        <source>The child is not registered in this plan; choose one from the list.</source>
        <translation>Barnet er ikkje registrert i denne planen; vel eit barn frå lista.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="215" />
        <source>Tick who took part in the conversation.</source>
        <translation>Kryss av for kven som var med i samtalen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="218" />
        <source>Write who held the conversation.</source>
        <translation>Skriv kven som heldt samtalen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="221" />
        <source>Barnevern details are stored only when the patient consents to involving barnevern.</source>
        <translation>Opplysningar om barnevern blir berre lagra når pasienten samtykkjer til at barnevernet blir involvert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="226" />
        <source>Write where the user-controlled bed is (institution or ward).</source>
        <translation>Skriv kvar den brukarstyrte senga er (institusjon eller avdeling).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="229" />
        <source>Give the dates the contract runs from and to.</source>
        <translation>Skriv inn kva datoar avtalen gjeld frå og til.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="232" />
        <source>The contract cannot end before it starts.</source>
        <translation>Avtalen kan ikkje slutte før han byrjar.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="234" />
        <source>A stay can be from 1 to 30 days.</source>
        <translation>Eit opphald kan vare frå 1 til 30 døgn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="236" />
        <source>The days between stays can be from 0 to 90.</source>
        <translation>Tida mellom opphalda kan vere frå 0 til 90 døgn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="239" />
        <source>Write what was agreed about returning after a relapse.</source>
        <translation>Skriv kva som er avtalt om retur etter tilbakefall.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="242" />
        <source>Write who in the municipality must be told.</source>
        <translation>Skriv kven i kommunen som skal varslast.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="245" />
        <source>The procedure can be marked as followed only when the stay ended unplanned (brudd).</source>
        <translation>Prosedyren kan berre merkast som følgd når opphaldet vart avslutta med brot.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="250" />
        <source>Write who followed the procedure.</source>
        <translation>Skriv kven som følgde prosedyren.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="253" />
        <source>The procedure is followed on or after the day the stay ended.</source>
        <translation>Prosedyren blir følgd same dag som opphaldet vart avslutta, eller seinare.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="256" />
        <source>The follow-up call is recorded only for a discharged plan.</source>
        <translation>Oppfølgingssamtalen blir berre registrert for ein utskriven plan.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="259" />
        <source>The call comes on or after the day of discharge; check the date.</source>
        <translation>Samtalen kjem på eller etter utskrivingsdagen; sjekk datoen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="261" />
        <source>Write who made the call.</source>
        <translation>Skriv kven som ringde.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="263" />
        <source>A meeting about this stay cannot be before the admission date.</source>
        <translation>Eit møte om dette opphaldet kan ikkje vere før innleggingsdatoen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="266" />
        <source>A meeting in the future cannot be marked as held; check the date.</source>
        <translation>Eit møte fram i tid kan ikkje merkast som halde; sjekk datoen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="269" />
        <source>A participant is no longer among the plan's contacts. Open the meeting again.</source>
        <translation>Ein deltakar er ikkje lenger blant kontaktane i planen. Opne møtet på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="274" />
        <source>The period ends before it begins; check the dates.</source>
        <translation>Perioden sluttar før han byrjar; sjekk datoane.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="276" />
        <source>Write the person's full name.</source>
        <translation>Skriv heile namnet til personen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="278" />
        <source>A user name is 2–32 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>Eit brukarnamn har 2–32 bokstavar, siffer, punktum, bindestrekar eller understrekar, utan mellomrom.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="282" />
        <source>This user name is taken; choose another.</source>
        <translation>Brukarnamnet er i bruk; vel eit anna.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="284" />
        <source>The password needs at least 12 characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation>Passordet må ha minst 12 teikn. Nokre vanlege ord etter kvarandre er lette å hugse og vanskelege å gjette.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="291" />
        <source>The password must not contain the user name.</source>
        <translation>Passordet kan ikkje innehalde brukarnamnet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="293" />
        <source>The two passwords are not the same.</source>
        <translation>Dei to passorda er ikkje like.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="295" />
        <source>The ward needs at least one active administrator; make someone else one first.</source>
        <translation>Avdelinga må ha minst éin aktiv administrator; gjer ein annan til administrator først.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="300" />
        <source>This is not the ward's recovery key. Check each group of four letters and digits against the paper.</source>
        <translation>Dette er ikkje gjenopprettingsnøkkelen til avdelinga. Sjekk kvar gruppe på fire bokstavar og tal mot arket.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="307" />
        <source>The recovery key gives a new password to an active administrator only. Others ask an administrator for a new password.</source>
        <translation>Gjenopprettingsnøkkelen gir nytt passord berre til ein aktiv administrator. Andre ber ein administrator om nytt passord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="314" />
        <source>This is not your current password. After five wrong ones, you must wait a little between attempts.</source>
        <translation>Dette er ikkje passordet du har no. Etter fem feil må du vente litt mellom forsøka.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="322" />
        <source>Write who may receive the information.</source>
        <translation>Skriv kven som kan ta imot opplysningane.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="325" />
        <source>Tick at least one area the patient agrees to share.</source>
        <translation>Kryss av minst eitt område pasienten samtykkjer i å dele.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="328" />
        <source>The date consent was given cannot be in the future.</source>
        <translation>Datoen samtykket vart gitt, kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="330" />
        <source>Write who noted the consent.</source>
        <translation>Skriv kven som noterte samtykket.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="332" />
        <source>The expiry date is before the date consent was given.</source>
        <translation>Utløpsdatoen er før datoen samtykket vart gitt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="335" />
        <source>The withdrawal date is before the date consent was given.</source>
        <translation>Datoen for tilbaketrekking er før datoen samtykket vart gitt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="338" />
        <source>The withdrawal date cannot be in the future.</source>
        <translation>Datoen for tilbaketrekking kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="340" />
        <source>Write what the appointment is.</source>
        <translation>Skriv kva avtalen gjeld.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="342" />
        <source>Too long: this field takes at most %1 characters.</source>
        <translation>For langt: feltet kan ha høgst %1 teikn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="345" />
        <source>Too long: this text takes at most %1 characters (about four pages).</source>
        <translation>For langt: teksten kan ha høgst %1 teikn (om lag fire sider).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="347" />
        <source>Check the year: a date from %1 to %2.</source>
        <translation>Sjekk årstalet: datoen må vere frå %1 til %2.</translation>
    </message>
</context>
<context>
    <name>ThisWeekView</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="86" />
        <source>← Ward overview</source>
        <translation>← Avdelingsoversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="88" />
        <source>Back to all plans (Esc or Ctrl+1)</source>
        <translation>Tilbake til alle planane (Esc eller Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="92" />
        <source>This week: open items due in the next 7 days or overdue</source>
        <translation>Denne veka: opne punkt som forfell dei neste 7 dagane eller er over fristen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="98" />
        <source>Only &amp;mine</source>
        <translation>Berre &amp;mine</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="100" />
        <source>Show only my plans and items</source>
        <translation>Vis berre mine planar og punkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="102" />
        <source>Only plans you are responsible for, and items and actions that name you</source>
        <translation>Berre planar du er ansvarleg for, og punkt og tiltak der du står som ansvarleg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="111" />
        <source>Due this week</source>
        <translation>Forfell denne veka</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="183" />
        <source>Nothing of yours is due in the next 7 days, and nothing is overdue.

Untick «Only mine» to see the whole ward.</source>
        <translation>Ingenting av ditt forfell dei neste 7 dagane, og ingenting er over fristen.

Fjern haken ved «Berre mine» for å sjå heile avdelinga.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="190" />
        <source>Nothing is due in the next 7 days, and nothing is overdue. Well done.

New due dates appear here a week ahead.</source>
        <translation>Ingenting forfell dei neste 7 dagane, og ingenting er over fristen. Godt jobba.

Nye fristar dukkar opp her ei veke i førevegen.</translation>
    </message>
</context>
<context>
    <name>UnplannedProcedureDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="220" />
        <source>Procedure for an unplanned end</source>
        <translation>Prosedyre ved brot</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="225" />
        <source>Write it at admission: if the patient leaves or is discharged early, the municipality must be told the same day.</source>
        <translation>Skriv prosedyren ved innlegginga: dersom pasienten avbryt opphaldet eller blir skriven ut tidleg, skal kommunen varslast same dag.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="230" />
        <source>e.g. Kari Eksempel, ruskonsulent</source>
        <translation>t.d. Kari Eksempel, ruskonsulent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="231" />
        <source>&amp;Tell in the municipality</source>
        <translation>&amp;Varsle i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="232" />
        <source>e.g. 912 34 567</source>
        <translation>t.d. 912 34 567</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="233" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="235" />
        <source>e.g. the patient's contact at the ward</source>
        <translation>t.d. kontaktpersonen til pasienten på avdelinga</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="237" />
        <source>&amp;Who at the ward tells them</source>
        <translation>&amp;Kven på avdelinga varslar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="241" />
        <source>e.g. tell next of kin, when the patient consents to it</source>
        <translation>t.d. varsle pårørande, når pasienten samtykkjer til det</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="243" />
        <source>What &amp;else to do</source>
        <translation>Kva &amp;elles skal gjerast</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="46" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="47" />
        <source>Staff</source>
        <translation>Vanleg brukar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="52" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="53" />
        <source>Deactivated</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="69" />
        <source>Full name</source>
        <translation>Fullt namn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="70" />
        <source>User name</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="71" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="73" />
        <source>Created</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="91" />
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="137" />
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="186" />
        <source>Users</source>
        <translation>Brukarar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="148" />
        <source>Everyone who works with the plans signs in with a user of their own. Users are never deleted: a deactivated user can no longer sign in, but stays in this list, in the log and on what they wrote.</source>
        <translation>Alle som arbeider med planane, loggar inn med sin eigen brukar. Brukarar blir aldri sletta: ein deaktivert brukar kan ikkje logge inn lenger, men blir ståande i denne lista, i loggen og på det dei har skrive.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="208" />
        <source>&amp;New user…</source>
        <translation>&amp;Ny brukar…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="211" />
        <source>New &amp;password…</source>
        <translation>Nytt &amp;passord…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="212" />
        <source>For someone who has forgotten theirs: the old password stops working</source>
        <translation>For den som har gløymt sitt: det gamle passordet sluttar å verke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="215" />
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="277" />
        <source>Make &amp;administrator</source>
        <translation>Gjer til &amp;administrator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="218" />
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktiver…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="219" />
        <source>They can no longer sign in; they stay in the list and in the log (Del)</source>
        <translation>Vedkomande kan ikkje logge inn lenger, men blir ståande i lista og i loggen (Del)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="224" />
        <source>Activate a&amp;gain…</source>
        <translation>Aktiver &amp;igjen…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="225" />
        <source>They sign in again with a new password</source>
        <translation>Vedkomande loggar inn igjen med eit nytt passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="275" />
        <source>Make &amp;staff user</source>
        <translation>Gjer til &amp;vanleg brukar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="300" />
        <source>%1 is added and can sign in as «%2».</source>
        <translation>%1 er lagd til og kan logge inn som «%2».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="315" />
        <source>%1 has a new password; the old one no longer works.</source>
        <translation>%1 har fått nytt passord; det gamle verkar ikkje lenger.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="327" />
        <source>%1 is now an administrator.</source>
        <translation>%1 er no administrator.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="329" />
        <source>%1 is now staff, no longer an administrator.</source>
        <translation>%1 er no vanleg brukar, ikkje lenger administrator.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="341" />
        <source>Deactivate %1 (%2)? They can no longer sign in. They stay in this list, in the log and on what they wrote, and can be activated again with a new password.</source>
        <translation>Deaktivere %1 (%2)? Vedkomande kan då ikkje logge inn lenger, men blir ståande i denne lista, i loggen og på det dei har skrive, og kan aktiverast igjen med eit nytt passord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="347" />
        <source>This is you: you cannot sign in again until another administrator activates you.</source>
        <translation>Dette er deg sjølv: du kan ikkje logge inn igjen før ein annan administrator aktiverer deg.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="349" />
        <source>Deactivate user</source>
        <translation>Deaktiver brukar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="354" />
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation>%1 er deaktivert og kan ikkje logge inn lenger.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="370" />
        <source>%1 is active again and can sign in with the new password.</source>
        <translation>%1 er aktiv igjen og kan logge inn med det nye passordet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="381" />
        <source>Not stored (%1). Nothing was changed; try again in a moment.</source>
        <translation>Ikkje lagra (%1). Ingenting vart endra; prøv igjen om litt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="401" />
        <source>No longer an administrator</source>
        <translation>Ikkje lenger administrator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="402" />
        <source>You are no longer an administrator, so the list of users closes.</source>
        <translation>Du er ikkje lenger administrator, så brukarlista blir lukka.</translation>
    </message>
</context>
<context>
    <name>UserBedDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="76" />
        <source>User-controlled bed</source>
        <translation>Brukarstyrt seng</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="83" />
        <source>The patient decides when to use the bed. A contract usually runs six months, with at most 5 days a stay and at least 14 days between stays.</source>
        <translation>Pasienten bestemmer sjølv når senga skal brukast. Ein avtale gjeld vanlegvis i seks månader, med inntil 5 døgn per opphald og minst 14 døgn mellom opphalda.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="88" />
        <source>The patient &amp;has a contract</source>
        <translation>Pasienten &amp;har avtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="93" />
        <source>e.g. the ward's own crisis bed</source>
        <translation>t.d. avdelinga si eiga kriseseng</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="95" />
        <source>&amp;Institution</source>
        <translation>&amp;Institusjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="98" />
        <source>Contract &amp;from</source>
        <translation>Avtale &amp;frå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="100" />
        <source>Contract &amp;to</source>
        <translation>Avtale &amp;til</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="102" />
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="105" />
        <source> days</source>
        <translation> døgn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="103" />
        <source>At &amp;most per stay</source>
        <translation>&amp;Lengste opphald</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="107" />
        <source>At &amp;least between stays</source>
        <translation>Minst &amp;mellom opphalda</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="110" />
        <source>The phone number to call, and what to say</source>
        <translation>Telefonnummeret pasienten skal ringje, og kva pasienten seier</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="112" />
        <source>How to &amp;ask for it</source>
        <translation>Slik &amp;ber pasienten om plass</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="68" />
        <source>At least %1 characters</source>
        <translation>Minst %1 teikn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="149" />
        <source>Not stored (%1). What you typed is still here; try again in a moment.</source>
        <translation>Ikkje lagra (%1). Det du skreiv, står her framleis; prøv igjen om litt.</translation>
    </message>
</context>
<context>
    <name>ViewDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="293" />
        <source>The patient's view</source>
        <translation>Synet til pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="297" />
        <source>Write down what the patient says, in their own words, doubts included: some are put off by the 12-step wording about a «higher power». There is no wrong answer.</source>
        <translation>Skriv ned det pasienten seier, med pasienten sine eigne ord, òg tvil: nokre blir skremde bort av ordlyden i 12-trinnsprogrammet om ei «høgare makt». Det finst ikkje noko feil svar.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="312" />
        <source>Choose the answer closest to what the patient said.</source>
        <translation>Vel svaret som ligg nærast det pasienten sa.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="314" />
        <source>The patient &amp;is</source>
        <translation>&amp;Pasienten er</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="317" />
        <source>e.g. «I want to try NA, but not alone»</source>
        <translation>t.d. «Eg vil prøve NA, men ikkje åleine»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="319" />
        <source>In their own &amp;words</source>
        <translation>Med eigne &amp;ord</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/view_menu.py" line="25" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/view_menu.py" line="27" />
        <source>&amp;Larger text</source>
        <translation>&amp;Større tekst</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/view_menu.py" line="28" />
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre tekst</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/view_menu.py" line="29" />
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal tekststorleik</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/view_menu.py" line="36" />
        <source>Lan&amp;guage</source>
        <translation>&amp;Språk</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="212" />
        <source>Change meeting visited</source>
        <translation>Endre besøkt møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="212" />
        <source>Meeting visited</source>
        <translation>Besøkt møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="217" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="221" />
        <source>Choose from the directory, or write the name below</source>
        <translation>Vel frå katalogen, eller skriv namnet nedanfor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="227" />
        <source>e.g. NA, the Tuesday meeting at the hospital</source>
        <translation>t.d. NA, tysdagsmøtet på sjukehuset</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="228" />
        <source>Name of a group not in the directory</source>
        <translation>Namn på ei gruppe som ikkje er i katalogen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="229" />
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="233" />
        <source>e.g. a staff member, or alone</source>
        <translation>t.d. ein tilsett, eller åleine</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="234" />
        <source>&amp;With whom</source>
        <translation>Saman med &amp;kven</translation>
    </message>
</context>
<context>
    <name>WardDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="22" />
        <source>Ward details</source>
        <translation>Opplysningar om avdelinga</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="29" />
        <source>Printed as the sender on every handover and patient's copy. The phone number is the one the kommune and the patient are told to call.</source>
        <translation>Står som avsendar på kvar overføring og kvar pasientkopi. Telefonnummeret er det kommunen og pasienten får beskjed om å ringje.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="38" />
        <source>Write the ward's name.</source>
        <translation>Skriv namnet på avdelinga.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="41" />
        <source>e.g. the health trust or the institution</source>
        <translation>t.d. helseføretaket eller institusjonen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="44" />
        <source>A number that answers day and night, if there is one</source>
        <translation>Eit nummer som svarar heile døgnet, om det finst</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="45" />
        <source>&amp;Ward</source>
        <translation>&amp;Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="46" />
        <source>&amp;Institution</source>
        <translation>&amp;Institusjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="47" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="54" />
        <source> min without use</source>
        <translation> min utan bruk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="56" />
        <source>The window locks when nobody has used it this long; what is typed is stored first.</source>
        <translation>Vindauget blir låst når ingen har brukt det så lenge; det som er skrive, blir lagra først.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="58" />
        <source>&amp;Lock after</source>
        <translation>&amp;Lås etter</translation>
    </message>
</context>
<context>
    <name>WardOverview</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="117" />
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="119" />
        <source>Create a plan for a newly admitted patient (Ctrl+N)</source>
        <translation>Opprett ein plan for ein nyinnlagd pasient (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="121" />
        <source>This week</source>
        <translation>Denne veka</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="123" />
        <source>Everything due in the next 7 days or overdue (Ctrl+2)</source>
        <translation>Alt som forfell dei neste 7 dagane eller er over fristen (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="125" />
        <source>Self-help groups</source>
        <translation>Sjølvhjelpsgrupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="128" />
        <source>The ward's list of local self-help groups: days, times, places (Ctrl+3)</source>
        <translation>Lista til avdelinga over lokale sjølvhjelpsgrupper: dagar, tider og stader (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="133" />
        <source>Show plans</source>
        <translation>Vis planar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="134" />
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="134" />
        <source>Discharged</source>
        <translation>Utskrivne</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="134" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="136" />
        <source>&amp;Show:</source>
        <translation>V&amp;is:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="138" />
        <source>Only &amp;mine</source>
        <translation>Berre &amp;mine</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="140" />
        <source>Only plans where you are the responsible staff member</source>
        <translation>Berre planar der du er ansvarleg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="144" />
        <source>Search name or national identity number (Ctrl+F)</source>
        <translation>Søk på namn eller fødselsnummer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="145" />
        <source>Search plans</source>
        <translation>Søk i planar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="163" />
        <source>Plans</source>
        <translation>Planar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="288" />
        <source>No active plans yet.

Press «New plan» (Ctrl+N) on the day a patient is admitted: the checklist walks you through what must be in place before discharge.</source>
        <translation>Ingen aktive planar enno.

Trykk «Ny plan» (Ctrl+N) same dag som ein pasient blir lagd inn: sjekklista tek deg gjennom alt som må vere på plass før utskriving.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="293" />
        <source>No plans to show here. Choose «Active» or «All» above.</source>
        <translation>Ingen planar å vise her. Vel «Aktive» eller «Alle» ovanfor.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="295" />
        <source>No plan matches the search. Check the spelling or clear the search.</source>
        <translation>Ingen planar passar med søket. Sjekk stavemåten eller tøm søket.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="298" />
        <source>You are not responsible for any of these plans. Untick «Only mine» to see all.</source>
        <translation>Du er ikkje ansvarleg for nokon av desse planane. Fjern haken ved «Berre mine» for å sjå alle.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="354" />
        <source>Withdraw consent</source>
        <translation>Trekk tilbake samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="365" />
        <source>%1 · consent given %2</source>
        <translation>%1 · samtykke gitt %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="369" />
        <source>From the date below, no documents for this recipient can be made. The consent stays in the register, marked as withdrawn.</source>
        <translation>Frå datoen nedanfor kan det ikkje lagast dokument til denne mottakaren. Samtykket blir ståande i registeret, merkt som trekt tilbake.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="381" />
        <source>Withdrawn &amp;on</source>
        <translation>Trekt tilbake &amp;den</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="386" />
        <source>&amp;Withdraw</source>
        <translation>&amp;Trekk tilbake</translation>
    </message>
</context>
</TS>