<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
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
        <translation>fulgt %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="349" />
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="359" />
        <source>new: %1, changed: %2</source>
        <translation>nye: %1, endret: %2</translation>
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
        <translation>Åpnet planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="63" />
        <source>Created the plan</source>
        <translation>Opprettet planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="64" />
        <source>Changed the patient's or the stay's details</source>
        <translation>Endret opplysninger om pasienten eller oppholdet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="65" />
        <source>Registered the discharge</source>
        <translation>Registrerte utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="66" />
        <source>Reopened the plan</source>
        <translation>Gjenåpnet planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="67" />
        <source>Changed the plan's status</source>
        <translation>Endret planens status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="68" />
        <source>Changed a checklist item</source>
        <translation>Endret sjekkpunkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="69" />
        <source>Changed an area's status or goal</source>
        <translation>Endret status eller mål for et område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="70" />
        <source>Changed an agreed action</source>
        <translation>Endret avtalt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="71" />
        <source>Changed a consent</source>
        <translation>Endret samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="72" />
        <source>Changed an appointment</source>
        <translation>Endret avtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="73" />
        <source>Changed the cooperation with the municipality</source>
        <translation>Endret samarbeid med kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="74" />
        <source>Changed a meeting or its minutes</source>
        <translation>Endret møte eller referat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="75" />
        <source>Changed the crisis plan</source>
        <translation>Endret kriseplan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="76" />
        <source>Changed children and family</source>
        <translation>Endret barn og familie</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="77" />
        <source>Changed self-help</source>
        <translation>Endret selvhjelp</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="78" />
        <source>Changed the self-help group directory</source>
        <translation>Endret katalogen over selvhjelpsgrupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="79" />
        <source>Recorded the call after discharge</source>
        <translation>Registrerte samtale etter utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="80" />
        <source>Changed a user account</source>
        <translation>Endret brukerkonto</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="81" />
        <source>Restored the database from a backup</source>
        <translation>Hentet databasen tilbake fra en sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="82" />
        <source>Undid a change</source>
        <translation>Angret en endring</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="83" />
        <source>Redid a change</source>
        <translation>Gjorde om en endring</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="84" />
        <source>Printed a document</source>
        <translation>Skrev ut dokument</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="85" />
        <source>Saved a document as PDF</source>
        <translation>Lagret dokument som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="86" />
        <source>Saved meeting minutes as PDF</source>
        <translation>Lagret møtereferat som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="87" />
        <source>Saved the access extract as PDF</source>
        <translation>Lagret innsynslogg som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="88" />
        <source>Printed or saved a document</source>
        <translation>Skrev ut/lagret dokument</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="89" />
        <source>Other action (%1)</source>
        <translation>Annen handling (%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="93" />
        <source>its content was changed after it was written</source>
        <translation>innholdet i raden er endret etter at den ble skrevet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="94" />
        <source>it does not follow the row before it: a row may have been removed or inserted</source>
        <translation>raden henger ikke sammen med raden før: en rad kan være fjernet eller satt inn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="97" />
        <source>it was written without its checksum, outside the program</source>
        <translation>raden er skrevet uten kontrollsum, utenom programmet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="117" />
        <source>The log is whole (rows checked: %1).</source>
        <translation>Loggen er hel (rader kontrollert: %1).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="122" />
        <source>Warning: the log is broken at row %1 – %2. Rows may have been changed or removed outside the program; tell whoever is responsible for information security.</source>
        <translation>Advarsel: loggen er brutt ved rad %1 – %2. Rader kan være endret eller fjernet utenom programmet; si fra til den som har ansvar for informasjonssikkerhet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="144" />
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="145" />
        <source>User</source>
        <translation>Bruker</translation>
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
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="246" />
        <source>The access log is for administrators. Ask an administrator if a patient wants to know who has opened their plan.</source>
        <translation>Tilgangsloggen er for administratorer. Spør en administrator hvis en pasient vil vite hvem som har åpnet planen sin.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="262" />
        <source>← Ward overview</source>
        <translation>← Avdelingsoversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="263" />
        <source>Back to all plans (Esc)</source>
        <translation>Tilbake til alle planer (Esc)</translation>
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
        <translation>Hver gang en plan ble åpnet, endret, skrevet ut eller lagret som dokument: hvem og når. Ingen kan endre eller fjerne en rad; kontrollen under viser om loggen er hel.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="291" />
        <source>No entries match these filters. Widen the period or clear the filters.</source>
        <translation>Ingen registreringer passer med disse filtrene. Utvid perioden eller vis alt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="311" />
        <source>Part of the patient's name</source>
        <translation>Del av pasientens navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="319" />
        <source>Show &amp;everything</source>
        <translation>Vis &amp;alt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="321" />
        <source>Every user and patient, from the first row of the log</source>
        <translation>Alle brukere og pasienter, fra loggens første rad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="324" />
        <source>&amp;User</source>
        <translation>&amp;Bruker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="325" />
        <source>&amp;Patient</source>
        <translation>&amp;Pasient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="326" />
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="327" />
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="370" />
        <source>Access e&amp;xtract for the selected patient…</source>
        <translation>&amp;Innsynslogg for valgt pasient…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="373" />
        <source>The patient's own copy (innsynslogg) as PDF: who opened or changed their plan, and when</source>
        <translation>Pasientens egen kopi (innsynslogg) som PDF: hvem som har åpnet eller endret planen, og når</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="376" />
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="378" />
        <source>Read the log again and check it (F5)</source>
        <translation>Les loggen på nytt og kontroller den (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="415" />
        <source>All users</source>
        <translation>Alle brukere</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="454" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n registrering</numerusform>
            <numerusform>%n registreringer</numerusform>
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
        <translation>Planen finnes ikke lenger, så det er ingen innsynslogg å lage.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="498" />
        <source>Save access extract as PDF</source>
        <translation>Lagre innsynslogg som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="498" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="507" />
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="508" />
        <source>The PDF could not be written to %1. %2 Nothing was written.</source>
        <translation>PDF-en kunne ikke skrives til %1. %2 Ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="516" />
        <source>Not logged</source>
        <translation>Ikke logget</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="517" />
        <source>The PDF was written to %1, but its export could not be logged (%2).</source>
        <translation>PDF-filen ble skrevet til %1, men utleveringen kunne ikke logges (%2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="522" />
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="522" />
        <source>Saved as %1.</source>
        <translation>Lagret som %1.</translation>
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
        <translation>Hva som skal gjøres, for eksempel «Søke bostøtte»</translation>
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
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="65" />
        <source>Name of the person or service, if known</source>
        <translation>Navn på person eller tjeneste, hvis kjent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="66" />
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Hvem</translation>
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
        <translation>%1 (forfalt)</translation>
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
        <translation>Ingen avtalte tiltak ennå. Trykk «Nytt tiltak…» for å skrive ned hva som skal gjøres, av hvem og innen når.</translation>
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
        <translation>f.eks. «Time hos fastlegen» eller «Første møte i NA-gruppe»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="107" />
        <source>&amp;What</source>
        <translation>&amp;Hva</translation>
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
        <translation>Hos h&amp;vem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="144" />
        <source>Person or service, e.g. the GP or the NAV adviser</source>
        <translation>Person eller tjeneste, f.eks. fastlegen eller NAV-veilederen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="148" />
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="151" />
        <source>Address or name of the place</source>
        <translation>Adresse eller navn på stedet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="155" />
        <source>Ph&amp;one</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="158" />
        <source>Number to call if the time must be changed</source>
        <translation>Nummer å ringe hvis timen må endres</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="163" />
        <source>What the patient should bring or remember</source>
        <translation>Hva pasienten skal ha med seg eller huske</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="165" />
        <source>&amp;Note</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="193" />
        <source>The date is before admission (%1).</source>
        <translation>Datoen er før innleggelsen (%1).</translation>
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
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="146" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="147" />
        <source>With whom</source>
        <translation>Hos hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="148" />
        <source>Where</source>
        <translation>Hvor</translation>
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
        <translation>Avtaler etter utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="223" />
        <source>GP, NAV, the kommune, a first self-help meeting: date, time, place and phone go into the handover (under consent) and, in plain words, into the patient's copy.</source>
        <translation>Fastlege, NAV, kommunen, et første møte i en selvhjelpsgruppe: dato, klokkeslett, sted og telefon kommer med i overføringen (etter samtykke) og, med enkle ord, i pasientens kopi.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="227" />
        <source>No appointments yet. Add the first with «New appointment…».</source>
        <translation>Ingen avtaler ennå. Legg inn den første med «Ny avtale…».</translation>
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
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="183" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="47" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="186" />
        <source>At admission</source>
        <translation>Ved innleggelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="48" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="187" />
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="189" />
        <source>At discharge</source>
        <translation>Ved utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="194" />
        <source>Short reason for the status</source>
        <translation>Kort begrunnelse for statusen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="199" />
        <source>The patient's goal, in their own words</source>
        <translation>Pasientens mål, med egne ord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="217" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="323" />
        <source>Show help (F1)</source>
        <translation>Vis hjelp (F1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="323" />
        <source>Hide help (F1)</source>
        <translation>Skjul hjelp (F1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="221" />
        <source>What the selected item means and how to do it</source>
        <translation>Hva det valgte punktet betyr og hvordan det gjøres</translation>
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
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="331" />
        <source>Select an item to see what it means.</source>
        <translation>Velg et punkt for å se hva det betyr.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="333" />
        <source>Required before discharge.</source>
        <translation>Må være på plass før utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="333" />
        <source>Optional.</source>
        <translation>Valgfritt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="224" />
        <source>Edit item…</source>
        <translation>Rediger punkt…</translation>
    </message>
</context>
<context>
    <name>AreaSlide</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="200" />
        <source>The patient's goal</source>
        <translation>Pasientens mål</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="201" />
        <source>Open checklist items</source>
        <translation>Åpne punkter på sjekklisten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="202" />
        <source>Open agreed actions</source>
        <translation>Åpne avtalte tiltak</translation>
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
        <translation>Hva som ble sagt og avtalt om dette området</translation>
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
        <translation>Vedtak på dette området (Delete trekker et vedtak tilbake)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="233" />
        <source>No decisions in this area yet.</source>
        <translation>Ingen vedtak på dette området ennå.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="242" />
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="243" />
        <source>What is to be done</source>
        <translation>Hva skal gjøres</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="246" />
        <source>Who is responsible</source>
        <translation>Hvem er ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="249" />
        <source>Name of the person or service</source>
        <translation>Navn på personen eller tjenesten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="250" />
        <source>Name, if known</source>
        <translation>Navn, hvis kjent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="253" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="254" />
        <source>Deadline (optional)</source>
        <translation>Frist (valgfri)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="255" />
        <source>dd.mm.yyyy, e.g. 24.12.2026</source>
        <translation>dd.mm.åååå, for eksempel 24.12.2026</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="256" />
        <source>Add decision</source>
        <translation>Legg til vedtak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="280" />
        <source>No goal written down yet.</source>
        <translation>Ikke noe mål skrevet ned ennå.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="289" />
        <source>by %1</source>
        <translation>innen %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="291" />
        <source>decided %1</source>
        <translation>vedtatt %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="293" />
        <source>None open.</source>
        <translation>Ingen åpne.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="313" />
        <source>Every checklist item is done or does not apply.</source>
        <translation>Alle punktene på sjekklisten er gjort eller gjelder ikke.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="314" />
        <source>(required)</source>
        <translation>(påkrevd)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="316" />
        <source>%n open, %1 of them required</source>
        <translation>
            <numerusform>%n åpent, %1 av dem påkrevd</numerusform>
            <numerusform>%n åpne, %1 av dem påkrevd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="327" />
        <source>Describe what is to be done.</source>
        <translation>Skriv hva som skal gjøres.</translation>
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
        <translation>Skadet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="69" />
        <source>Taken</source>
        <translation>Tatt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="70" />
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="71" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="101" />
        <source>This backup cannot be read: it is damaged, or was taken under another key. It cannot be restored.</source>
        <translation>Denne sikkerhetskopien kan ikke leses: den er skadet, eller tatt med en annen nøkkel. Den kan ikke gjenopprettes.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="157" />
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="195" />
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="166" />
        <source>A backup of all plans is taken when the program starts, once a day, and whenever you choose «Back up now». Backups are encrypted like the plans themselves. The %1 newest are kept, and the first backup of each month for a year.</source>
        <translation>Det tas en sikkerhetskopi av alle planer når programmet starter, én gang om dagen, og hver gang du velger «Ta sikkerhetskopi nå». Sikkerhetskopiene er kryptert slik planene selv er. De %1 nyeste beholdes, i tillegg til den første sikkerhetskopien i hver måned det siste året.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="173" />
        <source>There are no backups yet. Take the first one with «Back up now».</source>
        <translation>Det finnes ingen sikkerhetskopier ennå. Ta den første med «Ta sikkerhetskopi nå».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="216" />
        <source>&amp;Back up now</source>
        <translation>&amp;Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="218" />
        <source>Take a backup of all plans as they are now</source>
        <translation>Ta en sikkerhetskopi av alle planer slik de er nå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="220" />
        <source>&amp;Restore…</source>
        <translation>&amp;Gjenopprett…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="223" />
        <source>Go back to the selected backup; the data as it is now is set aside, not deleted</source>
        <translation>Gå tilbake til den valgte sikkerhetskopien; dataene slik de er nå, settes til side og slettes ikke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="269" />
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="273" />
        <source>No backup taken</source>
        <translation>Ingen sikkerhetskopi tatt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="272" />
        <source>The backup could not be taken (%1). Nothing was changed in the plans.</source>
        <translation>Sikkerhetskopien kunne ikke tas (%1). Ingenting er endret i planene.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="277" />
        <source>Backup taken %1 with %n plans.</source>
        <translation>
            <numerusform>Sikkerhetskopi tatt %1 med %n plan.</numerusform>
            <numerusform>Sikkerhetskopi tatt %1 med %n planer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="289" />
        <source>Restore the backup from %1 (%n plans)?

The data as it is now is set aside in the data folder, not deleted. What was recorded after %1 is then no longer shown. The program opens the restored data at once.</source>
        <translation>
            <numerusform>Gjenopprette sikkerhetskopien fra %1 (%n plan)?

Dataene slik de er nå, settes til side i datamappen og slettes ikke. Det som er registrert etter %1, vises da ikke lenger. Programmet åpner de gjenopprettede dataene med en gang.</numerusform>
            <numerusform>Gjenopprette sikkerhetskopien fra %1 (%n planer)?

Dataene slik de er nå, settes til side i datamappen og slettes ikke. Det som er registrert etter %1, vises da ikke lenger. Programmet åpner de gjenopprettede dataene med en gang.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="295" />
        <source>Restore backup</source>
        <translation>Gjenopprett sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="304" />
        <source>The backup could not be restored (%1).</source>
        <translation>Sikkerhetskopien kunne ikke gjenopprettes (%1).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="305" />
        <source>Nothing was lost: the data as it was is still in use.</source>
        <translation>Ingenting er tapt: dataene slik de var, er fortsatt i bruk.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="306" />
        <source>Not restored</source>
        <translation>Ikke gjenopprettet</translation>
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
        <translation>Lagres fordi pasienten samtykker til at barnevernet involveres eller informeres i ansvarsgruppen. Trekkes samtykket tilbake, slettes disse opplysningene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="256" />
        <source>Barnevern &amp;involved</source>
        <translation>Barnevernet &amp;involvert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="260" />
        <source>e.g. caseworker's name, barneverntjenesten in the kommune</source>
        <translation>f.eks. saksbehandlers navn, barneverntjenesten i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="261" />
        <source>&amp;Caseworker and office</source>
        <translation>&amp;Saksbehandler og kontor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="263" />
        <source>What barnevern does, what is agreed</source>
        <translation>Hva barnevernet gjør, og hva som er avtalt</translation>
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
        <translation>Spør hvordan det har gått siden utskrivning: bolig, økonomi, de første avtalene, selvhjelp, rusbehov. Har kommunen fått overføringen? Avtal hva som skjer videre.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="44" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="48" />
        <source>&amp;By whom</source>
        <translation>&amp;Av hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="53" />
        <source>e.g. staying with his sister, sleeping badly, has not used</source>
        <translation>f.eks. bor hos søsteren, sover dårlig, har ikke ruset seg</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="55" />
        <source>&amp;How things are</source>
        <translation>&amp;Hvordan det går</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="60" />
        <source>e.g. the GP appointment is moved to Friday; the municipality's contact visits on Monday</source>
        <translation>f.eks. fastlegetimen er flyttet til fredag; kontaktpersonen i kommunen kommer på besøk mandag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="63" />
        <source>What was &amp;arranged</source>
        <translation>Hva som ble a&amp;vtalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="64" />
        <source>Anything else worth knowing</source>
        <translation>Annet som er nyttig å vite</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="65" />
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="71" />
        <source>&amp;Yes, we talked</source>
        <translation>&amp;Ja, vi snakket sammen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="73" />
        <source>N&amp;o, not reached</source>
        <translation>N&amp;ei, ikke nådd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="82" />
        <source>Was the patient reached?</source>
        <translation>Fikk dere snakket med pasienten?</translation>
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
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="75" />
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="68" />
        <source>Individual plan and ansvarsgruppe</source>
        <translation>Individuell plan og ansvarsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="78" />
        <source>Follow-up call</source>
        <translation>Oppfølgingssamtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="70" />
        <source>Crisis plan</source>
        <translation>Kriseplan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="81" />
        <source>User-controlled bed, return and unplanned discharge</source>
        <translation>Brukerstyrt seng, retur og brudd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="72" />
        <source>Children and family</source>
        <translation>Barn og familie</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="121" />
        <source>Follow-up call to the patient due %1 (%2 → %3).</source>
        <translation>Oppfølgingssamtale på telefon med pasienten forfaller %1 (%2 → %3).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="133" />
        <source>No named person responsible in the kommune yet (%1 → %2).</source>
        <translation>Ingen navngitt ansvarlig i kommunen ennå (%1 → %2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="141" />
        <source>No procedure recorded for an unplanned discharge: who at the kommune must be told (%1 → %2).</source>
        <translation>Ingen prosedyre ved brudd er registrert: hvem i kommunen som skal varsles (%1 → %2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="114" />
        <source>Discharged unplanned: follow the procedure and mark it as followed (%1 → %2).</source>
        <translation>Utskrevet uplanlagt: følg prosedyren ved brudd og merk den som fulgt (%1 → %2).</translation>
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
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="70" />
        <source>Not undone</source>
        <translation>Ikke angret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="72" />
        <source>This was changed again afterwards, so it cannot be undone or redone from here. Change it by hand instead.</source>
        <translation>Dette er endret igjen senere, så det kan ikke angres eller gjøres om herfra. Endre det for hånd i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="87" />
        <source>What you changed no longer exists in the plan. The plan has been reloaded.</source>
        <translation>Det du endret, finnes ikke lenger i planen. Planen er lastet inn på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="98" />
        <source>The plan has been reloaded.</source>
        <translation>Planen er lastet inn på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="102" />
        <source>Reload the plan to see what is stored now (your change is then left out), or store your change on top of it: what the other person changed elsewhere in the plan is kept.</source>
        <translation>Last inn planen på nytt for å se det som er lagret nå (endringen din blir da ikke lagret), eller lagre endringen din oppå: det den andre endret andre steder i planen, blir stående.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="107" />
        <source>Changed by someone else</source>
        <translation>Endret av en annen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="109" />
        <source>&amp;Store mine anyway</source>
        <translation>&amp;Lagre min endring likevel</translation>
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
        <translation>endring av planens opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="135" />
        <source>The plan was changed elsewhere after you opened it.</source>
        <translation>Planen ble endret et annet sted etter at du åpnet den.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="145" />
        <source>%1 changed the plan %2, after you opened it: %3.</source>
        <translation>%1 endret planen %2, etter at du åpnet den: %3.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="151" />
        <source>There were %1 changes in all.</source>
        <translation>Det var %1 endringer i alt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="153" />
        <source>Your change has not been stored, and nothing was overwritten.</source>
        <translation>Endringen din er ikke lagret, og ingenting er skrevet over.</translation>
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
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="46" />
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="98" />
        <source>when discharge is set</source>
        <translation>når utskrivningsdato er fastsatt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="112" />
        <source>Required before discharge.</source>
        <translation>Må være på plass før utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="115" />
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="120" />
        <source>Last changed by %1 on %2</source>
        <translation>Sist endret %2 av %1</translation>
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
        <translation>Barn er pårørende i egen rett. Fornavn eller initialer er nok; skriv hvem barnet bor hos, og hvem som har omsorgen mens pasienten er innlagt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="100" />
        <source>First name or &amp;initials</source>
        <translation>Fornavn eller &amp;initialer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="105" />
        <source>e.g. %1</source>
        <translation>f.eks. %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="108" />
        <source>&amp;Birth year</source>
        <translation>&amp;Fødselsår</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="112" />
        <source>e.g. the patient, the other parent, a foster home</source>
        <translation>f.eks. pasienten, den andre forelderen, fosterhjem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="113" />
        <source>&amp;Lives with</source>
        <translation>&amp;Bor hos</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="117" />
        <source>e.g. the other parent, grandmother</source>
        <translation>f.eks. den andre forelderen, mormor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="118" />
        <source>&amp;Cared for during the stay by</source>
        <translation>&amp;Omsorg under oppholdet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="119" />
        <source>What the child knows, needs, worries about</source>
        <translation>Hva barnet vet, trenger og er bekymret for</translation>
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
        <translation>&amp;Marker møtet som holdt</translation>
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
        <translation>Ingen vedtak ennå.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="175" />
        <source>The meeting is marked as held on %1.</source>
        <translation>Møtet er markert som holdt %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="177" />
        <source>The meeting is not marked as held yet.</source>
        <translation>Møtet er ikke markert som holdt ennå.</translation>
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
        <translation>Pasienten bestemmer hva som kan deles, og med hvem. Samtykket gjelder bare områdene som er krysset av nedenfor (helsepersonelloven § 22).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="132" />
        <source>Withdrawn %1: no documents for this recipient from that date.</source>
        <translation>Trukket tilbake %1: ingen dokumenter til denne mottakeren fra den datoen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="163" />
        <source>Recipient &amp;kind</source>
        <translation>&amp;Type mottaker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="168" />
        <source>&amp;Recipient</source>
        <translation>&amp;Mottaker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="178" />
        <source>The handover and the meeting minutes for this recipient are written in this standard. Many kommuner write Nynorsk.</source>
        <translation>Overføringen og møtereferatene til denne mottakeren skrives på denne målformen. Mange kommuner skriver nynorsk.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="182" />
        <source>for the handover and minutes to this recipient</source>
        <translation>for overføringen og referatene til denne mottakeren</translation>
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
        <translation>Kryss av alle områder</translation>
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
        <translation>&amp;Områder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="220" />
        <source>&amp;Given</source>
        <translation>&amp;Gitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="221" />
        <source>&amp;Written</source>
        <translation>&amp;Skriftlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="223" />
        <source>&amp;Oral</source>
        <translation>M&amp;untlig</translation>
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
        <translation>Utløper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="253" />
        <source>Optional: what must not be shared, or may be shared only with someone named</source>
        <translation>Valgfritt: hva som ikke skal deles, eller bare deles med noen bestemte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="257" />
        <source>Re&amp;strictions</source>
        <translation>&amp;Begrensninger</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="274" />
        <source>e.g. Bergen kommune, tildelingskontoret</source>
        <translation>f.eks. Bergen kommune, tildelingskontoret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="275" />
        <source>e.g. NAV Årstad</source>
        <translation>f.eks. NAV Årstad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="276" />
        <source>e.g. the GP's name and surgery</source>
        <translation>f.eks. fastlegens navn og legekontor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="277" />
        <source>Name and relation, e.g. sister</source>
        <translation>Navn og relasjon, f.eks. søster</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="278" />
        <source>Name of the service or person</source>
        <translation>Navn på tjenesten eller personen</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="96" />
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="97" />
        <source>Areas that may be shared</source>
        <translation>Områder som kan deles</translation>
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
        <translation>Begrensninger</translation>
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
        <translation>Trukket tilbake %1</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="131" />
        <source>Consent to share</source>
        <translation>Samtykke til å dele opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="134" />
        <source>The patient decides what may be shared with whom (helsepersonelloven § 22). A handover is made only for a recipient with valid consent, and only with the areas consent covers; the document says which areas were left out.</source>
        <translation>Pasienten bestemmer hva som kan deles med hvem (helsepersonelloven § 22). En overføring lages bare til en mottaker med gyldig samtykke, og bare med områdene samtykket gjelder; dokumentet sier hvilke områder som er utelatt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="141" />
        <source>No consent recorded yet. Ask the patient who the ward may share information with, and record it with «New consent…».</source>
        <translation>Ingen samtykker er registrert ennå. Spør pasienten hvem avdelingen kan dele opplysninger med, og registrer det med «Nytt samtykke…».</translation>
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
        <translation>&lt;b&gt;Ingen gyldig samtykke til å dele med kommunen.&lt;/b&gt; Overføringen kan ikke lages før det finnes et.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="201" />
        <source>Already withdrawn</source>
        <translation>Allerede trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="201" />
        <source>This consent is already withdrawn.</source>
        <translation>Dette samtykket er allerede trukket tilbake.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="347" />
        <source>Contact person or sponsor</source>
        <translation>Kontaktperson eller fadder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="356" />
        <source>Someone in a group the patient can call, such as a sponsor in AA or NA. Stored only because the patient consents to it.</source>
        <translation>En i en gruppe som pasienten kan ringe, for eksempel en fadder i AA eller NA. Lagres bare fordi pasienten samtykker til det.</translation>
    </message>
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
        <translation>Personene pasienten og avdelingen samarbeider med. Tjenester navngis i dokumenter under samtykket til å dele med kommunen; pårørende, likepersoner og barnevernet bare når et gyldig samtykke er knyttet til dem her.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="134" />
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="139" />
        <source>e.g. housing support worker, priest</source>
        <translation>f.eks. boveileder, prest</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="140" />
        <source>&amp;What role</source>
        <translation>&amp;Hvilken rolle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="144" />
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="364" />
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="148" />
        <source>e.g. NAV Eksempelby, the housing office</source>
        <translation>f.eks. NAV Eksempelby, boligkontoret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="149" />
        <source>&amp;Organisation</source>
        <translation>&amp;Virksomhet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="155" />
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="368" />
        <source>e.g. 912 34 567</source>
        <translation>f.eks. 912 34 567</translation>
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
        <translation>navn@eksempel.no</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="161" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="162" />
        <source>When to call, who stands in, …</source>
        <translation>Når det passer å ringe, hvem som er stedfortreder, …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="163" />
        <source>No&amp;te</source>
        <translation>Mer&amp;knad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="168" />
        <source>No consent tied</source>
        <translation>Ikke knyttet til et samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="175" />
        <source>Another patient's consent</source>
        <translation>En annen pasients samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="180" />
        <source>&amp;Consent</source>
        <translation>&amp;Samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="181" />
        <source>Member of the &amp;ansvarsgruppe</source>
        <translation>Medlem av &amp;ansvarsgruppen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="186" />
        <source>Named person re&amp;sponsible in the municipality</source>
        <translation>Navngitt ansvar&amp;lig i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="204" />
        <source>Next of kin and peers cannot be the named person responsible in the municipality.</source>
        <translation>Pårørende og likepersoner kan ikke være navngitt ansvarlig i kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="209" />
        <source>Shared in documents only while the consent tied here is valid.</source>
        <translation>Tas med i dokumenter bare så lenge samtykket som er knyttet til kontakten her, gjelder.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="211" />
        <source>Shared as a service under the consent to share with the municipality.</source>
        <translation>Deles som tjeneste under samtykket til å dele med kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="222" />
        <source>Now %1: the mark moves to this contact.</source>
        <translation>Nå: %1. Ansvaret flyttes til denne kontakten.</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="77" />
        <source>⚠ No named person responsible in the municipality yet: mark one contact as responsible.</source>
        <translation>⚠ Ingen navngitt ansvarlig i kommunen ennå: merk én kontakt som ansvarlig.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="88" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="89" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="90" />
        <source>Organisation</source>
        <translation>Virksomhet</translation>
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
        <translation>Deles</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="94" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="95" />
        <source>Ansvarsgruppe</source>
        <translation>Ansvarsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="99" />
        <source>No contacts yet. Add the municipality's contact person, NAV, the GP and the people the patient wants involved, and mark one as the named person responsible in the municipality.</source>
        <translation>Ingen kontakter ennå. Legg inn kontaktpersonen i kommunen, NAV, fastlegen og dem pasienten ønsker å ha med, og merk én som navngitt ansvarlig i kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="102" />
        <source>Contacts</source>
        <translation>Kontakter</translation>
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
        <translation>Merk som &amp;ansvarlig i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="197" />
        <source>Named person responsible in the municipality: %1, phone %2</source>
        <translation>Navngitt ansvarlig i kommunen: %1, telefon %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="199" />
        <source>Named person responsible in the municipality: %1</source>
        <translation>Navngitt ansvarlig i kommunen: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="216" />
        <source>Service – shared under the municipality consent</source>
        <translation>Tjeneste – deles under samtykket til kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="218" />
        <source>⚠ no valid consent: not shared</source>
        <translation>⚠ ikke gyldig samtykke: deles ikke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="221" />
        <source>Consent valid, no end date</source>
        <translation>Samtykke gjelder, uten sluttdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="222" />
        <source>Consent valid until %1</source>
        <translation>Samtykke gjelder til %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="233" />
        <source>No longer &amp;responsible in the municipality</source>
        <translation>Ikke lenger &amp;ansvarlig i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="239" />
        <source>Next of kin and peers cannot be the named person responsible in the municipality.</source>
        <translation>Pårørende og likepersoner kan ikke være navngitt ansvarlig i kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="281" />
        <source>Remove %1 (%2) from the plan's contacts?</source>
        <translation>Fjerne %1 (%2) fra kontaktene i planen?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="285" />
        <source>The plan will have no named person responsible in the municipality.</source>
        <translation>Planen vil da ikke ha noen navngitt ansvarlig i kommunen.</translation>
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
        <translation>Samtale med barn som pårørende</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="169" />
        <source>A conversation about the children's situation and needs: what they know, who takes care of them, and who they can talk to.</source>
        <translation>En samtale om barnas situasjon og behov: hva de vet, hvem som tar vare på dem, og hvem de kan snakke med.</translation>
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
        <translation>Ikke navngitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="194" />
        <source>Which &amp;child</source>
        <translation>Hvilket &amp;barn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="198" />
        <source>&amp;By whom</source>
        <translation>&amp;Holdt av</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="200" />
        <source>What was talked about, what was agreed</source>
        <translation>Hva det ble snakket om, og hva som ble avtalt</translation>
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
        <translation>Ønsket &amp;dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="117" />
        <source>Date the individuell plan was requested</source>
        <translation>Dato individuell plan ble ønsket</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="125" />
        <source>An individuell plan &amp;exists</source>
        <translation>Individuell plan &amp;finnes</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="133" />
        <source>Add the coordinator as a contact first (Contacts tab), then choose them here.</source>
        <translation>Legg først inn koordinatoren som kontakt (fanen Kontakter), og velg vedkommende her.</translation>
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
        <translation>&amp;Ansvarsgruppe finnes</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="158" />
        <source>Tick “Member of the ansvarsgruppe” for each member in the contact dialog (Contacts tab).</source>
        <translation>Kryss av for «Medlem av ansvarsgruppen» på hvert medlem i kontaktvinduet (fanen Kontakter).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="166" />
        <source>Interpreter and language</source>
        <translation>Tolk og språk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="170" />
        <source>&amp;Interpreter needed</source>
        <translation>Trenger &amp;tolk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="176" />
        <source>e.g. Arabic, Polish, North Sami</source>
        <translation>f.eks. arabisk, polsk, nordsamisk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="178" />
        <source>&amp;Language</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="182" />
        <source>e.g. phone interpreter is fine; never family as interpreter</source>
        <translation>f.eks. telefontolk går fint; aldri familie som tolk</translation>
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
        <translation>Ingen medlemmer er merket ennå.</translation>
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
        <translation>Ikke avklart</translation>
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
        <translation>NAV-veileder</translation>
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
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="35" />
        <source>Child welfare service (barnevern)</source>
        <translation>Barnevernet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="36" />
        <source>Public health nurse (helsesykepleier)</source>
        <translation>Helsesykepleier</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="39" />
        <source>Other</source>
        <translation>Annen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="43" />
        <source>expired %1</source>
        <translation>utløpt %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="44" />
        <source>withdrawn %1</source>
        <translation>trukket tilbake %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="45" />
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="46" />
        <source>covers no areas</source>
        <translation>gjelder ingen områder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="48" />
        <source>valid until %1</source>
        <translation>gjelder til %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="49" />
        <source>valid</source>
        <translation>gjelder</translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="125" />
        <source>No kriseplan yet. Write it together with the patient: the first signs that things are getting hard, what helps, whom to call by day and at night, and how they want to be met.</source>
        <translation>Ingen kriseplan ennå. Lag den sammen med pasienten: de første tegnene på at det begynner å bli vanskelig, hva som hjelper, hvem som kan ringes på dagtid og om natten, og hvordan pasienten vil bli møtt.</translation>
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
        <translation>Tidlige &amp;varseltegn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="144" />
        <source>What others and the patient notice first, one sign a line</source>
        <translation>Det pasienten og andre merker først, ett tegn per linje</translation>
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
        <translation>Det pasienten selv kan gjøre, og det andre kan gjøre</translation>
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
        <translation>f.eks. ruskonsulenten i kommunen</translation>
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
        <translation>f.eks. legevakt</translation>
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
        <translation>Med pasientens egne ord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="164" />
        <source>Risk notes for the municipality</source>
        <translation>Risikoforhold til kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="168" />
        <source>Written by the ward for the municipality's handover, e.g. lower tolerance after the stay (risk of overdose), violence, or risk of suicide. Not in the patient's own copy.</source>
        <translation>Skrives av avdelingen til overføringen til kommunen, f.eks. redusert toleranse etter oppholdet (overdosefare), vold eller selvmordsfare. Kommer ikke med i pasientens egen kopi.</translation>
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
        <translation>Det kommunen bør vite og følge med på</translation>
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
        <translation>%1: navn eller tjeneste</translation>
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
        <translation>Ikke skrevet ennå.</translation>
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
        <translation>Registrer utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="125" />
        <source>&amp;Register discharge</source>
        <translation>&amp;Registrer utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="141" />
        <source>Admitted %1 · planned discharge not set</source>
        <translation>Innlagt %1 · planlagt utskrivning ikke fastsatt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="143" />
        <source>Admitted %1 · planned discharge %2</source>
        <translation>Innlagt %1 · planlagt utskrivning %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="149" />
        <source>%1 of %2 areas ready</source>
        <translation>%1 av %2 områder klare</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="180" />
        <source>and %n more area(s)</source>
        <translation>
            <numerusform>og %n område til</numerusform>
            <numerusform>og %n områder til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="182" />
        <source>%n required item(s) are not done: %1.</source>
        <translation>
            <numerusform>%n påkrevd punkt er ikke ferdig: %1.</numerusform>
            <numerusform>%n påkrevde punkter er ikke ferdige: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="183" />
        <source>You can still register the discharge.</source>
        <translation>Du kan likevel registrere utskrivningen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="190" />
        <source>Actual &amp;discharge date</source>
        <translation>Faktisk &amp;utskrivningsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="195" />
        <source>Actual discharge date</source>
        <translation>Faktisk utskrivningsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="203" />
        <source>End of stay</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="204" />
        <source>&amp;Planned</source>
        <translation>&amp;Planlagt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="206" />
        <source>Unplanned (&amp;brudd)</source>
        <translation>Uplanlagt (&amp;brudd)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="214" />
        <source>Tell the municipality at once that the stay ended unplanned.</source>
        <translation>Gi kommunen beskjed straks om at oppholdet ble avsluttet uplanlagt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="242" />
        <source>No procedure for an unplanned end was recorded. The municipality must still be told today.</source>
        <translation>Ingen prosedyre ved brudd er registrert. Kommunen må likevel varsles i dag.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="244" />
        <source>Procedure for an unplanned end: %1</source>
        <translation>Prosedyre ved brudd: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="254" />
        <source>&amp;Status at discharge</source>
        <translation>&amp;Status ved utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="255" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="257" />
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="262" />
        <source>%1: status at discharge</source>
        <translation>%1: status ved utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="266" />
        <source>Short reason for the status</source>
        <translation>Kort begrunnelse for statusen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="267" />
        <source>%1: reason</source>
        <translation>%1: begrunnelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="307" />
        <source>The discharge date cannot be before admission (%1).</source>
        <translation>Utskrivningsdatoen kan ikke være før innleggelsen (%1).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="311" />
        <source>The discharge date cannot be in the future.</source>
        <translation>Utskrivningsdatoen kan ikke være fram i tid.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="91" />
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="94" />
        <source>The handover goes to a recipient the patient has consented to, with only the areas consent covers. The patient's copy «Min plan» is in plain words. Every saved or printed document is logged below with its SHA-256 fingerprint.</source>
        <translation>Overføringen går til en mottaker pasienten har samtykket til, med bare de områdene samtykket gjelder. Pasientens kopi «Min plan» er skrevet med enkle ord. Alle dokumenter som lagres eller skrives ut, logges nedenfor med SHA-256-fingeravtrykk.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="99" />
        <source>No document has been printed or saved from this plan yet.</source>
        <translation>Ingen dokumenter er skrevet ut eller lagret fra denne planen ennå.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="104" />
        <source>&lt;b&gt;Printed and saved documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utskrevne og lagrede dokumenter&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="108" />
        <source>Handover to the kommune or another recipient</source>
        <translation>Overføring til kommunen eller en annen mottaker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="112" />
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="114" />
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottaker:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="119" />
        <source>Go to consent</source>
        <translation>Gå til sam&amp;tykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="124" />
        <source>As the recipient's consent names it; change it in the consent to keep it for next time.</source>
        <translation>Slik mottakerens samtykke sier; endre det i samtykket for å beholde valget til neste gang.</translation>
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
        <translation>Pasientens kopi (Min plan)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="162" />
        <source>Goals, appointments, who to call, the self-help group – in plain words.</source>
        <translation>Mål, avtaler, hvem pasienten kan ringe, selvhjelpsgruppen – med enkle ord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="169" />
        <source>Writ&amp;ten in:</source>
        <translation>Målfo&amp;rm:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="177" />
        <source>Print pre&amp;view…</source>
        <translation>Forhåndsvi&amp;s…</translation>
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
        <translation>Bare områdene samtykket for den valgte mottakeren gjelder, kommer med.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="227" />
        <source>No valid consent: the consent on record has expired or been withdrawn. Record a new consent under «Consent» before the handover can be made.</source>
        <translation>Ingen gyldig samtykke: samtykket som er registrert, har gått ut eller er trukket tilbake. Registrer et nytt samtykke under «Samtykke» før overføringen kan lages.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="231" />
        <source>No consent recorded, so no handover can be made. Record what the patient agrees to share, and with whom, under «Consent».</source>
        <translation>Ingen samtykke er registrert, så ingen overføring kan lages. Registrer hva pasienten samtykker til å dele, og med hvem, under «Samtykke».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="259" />
        <source>No consent</source>
        <translation>Samtykke mangler</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="266" />
        <source>The plan has no consent to share information with the kommune.</source>
        <translation>Planen har ikke noe samtykke til å dele opplysninger med kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="268" />
        <source>The plan has no consent for «%1».</source>
        <translation>Planen har ikke noe samtykke for «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="269" />
        <source>The consent for «%1» applies from %2.</source>
        <translation>Samtykket for «%1» gjelder først fra %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="270" />
        <source>The consent for «%1» expired on %2.</source>
        <translation>Samtykket for «%1» gikk ut %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="271" />
        <source>The patient withdrew the consent for «%1» on %2.</source>
        <translation>Pasienten trakk samtykket for «%1» tilbake %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="272" />
        <source>The consent for «%1» covers no areas.</source>
        <translation>Samtykket for «%1» omfatter ingen områder.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="280" />
        <source>The document was not made. Record the consent under «Consent» in this plan (which areas, who receives them, the date) and try again.</source>
        <translation>Dokumentet er ikke laget. Registrer samtykket under «Samtykke» i denne planen (hvilke områder, hvem som mottar dem, datoen) og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="305" />
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="305" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="314" />
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="315" />
        <source>The PDF could not be written to %1. %2 Nothing was written.</source>
        <translation>PDF-en kunne ikke skrives til %1. %2 Ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="321" />
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="321" />
        <source>Saved as %1.</source>
        <translation>Lagret som %1.</translation>
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
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="148" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="154" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="225" />
        <source>%1 (overdue)</source>
        <translation>%1 (forfalt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="157" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="201" />
        <source>%n due</source>
        <translation>
            <numerusform>%n forfaller</numerusform>
            <numerusform>%n forfaller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="157" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="203" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalt</numerusform>
            <numerusform>%n forfalt</numerusform>
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
        <translation>Ansvarlig for planen: %1</translation>
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
            <numerusform>Forfalt for %n dag siden</numerusform>
            <numerusform>Forfalt for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="252" />
        <source>Due today</source>
        <translation>Forfaller i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="253" />
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Forfaller om %n dag</numerusform>
            <numerusform>Forfaller om %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="255" />
        <source>%1

Required before discharge.</source>
        <translation>%1

Må være på plass før utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="258" />
        <source>The patient was informed about self-help groups, and it has not been taken up again for 3 weeks. Enter opens the plan where the conversation is recorded.</source>
        <translation>Pasienten er informert om selvhjelpsgrupper, og temaet er ikke tatt opp igjen på 3 uker. Enter åpner planen, der samtalen registreres.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="263" />
        <source>The patient was discharged: call 2–3 days after discharge to hear how things are going. Enter opens the plan where the call is recorded.</source>
        <translation>Pasienten er skrevet ut: ring 2–3 dager etter utskrivning og hør hvordan det går. Enter åpner planen der samtalen registreres.</translation>
    </message>
</context>
<context>
    <name>ExportModel</name>
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
        <translation>Hvordan, av hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="88" />
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="182" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="107" />
        <source>A patient's children under 18 are next of kin in their own right (helsepersonelloven § 10 a): find out who takes care of them, and talk with the patient about what they need.</source>
        <translation>Barn under 18 år er pårørende i egen rett (helsepersonelloven § 10 a): finn ut hvem som har omsorgen for dem, og snakk med pasienten om hva barna trenger.</translation>
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
        <translation>Ingen barn under 18 år er registrert. Har pasienten barn, registrer hvert barn med Nytt barn …: fornavn eller initialer er nok.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="145" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="146" />
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="147" />
        <source>Lives with</source>
        <translation>Bor hos</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="148" />
        <source>Cared for during the stay by</source>
        <translation>Omsorg under oppholdet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="159" />
        <source>Barn som pårørende conversations</source>
        <translation>Samtaler med barn som pårørende</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="163" />
        <source>Register &amp;conversation…</source>
        <translation>Registrer &amp;samtale …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="168" />
        <source>No conversations registered. Talk with the patient about the children: what they know, what they need, and who they can talk to. Then register the conversation here.</source>
        <translation>Ingen samtaler er registrert. Snakk med pasienten om barna: hva de vet, hva de trenger, og hvem de kan snakke med. Registrer så samtalen her.</translation>
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
        <translation>Holdt av</translation>
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
        <translation>Pasienten samtykker til at barnevernet &amp;involveres eller informeres i ansvarsgruppen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="196" />
        <source>Family services</source>
        <translation>Familietjenester</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="226" />
        <source>Change barnevern &amp;details…</source>
        <translation>Endre opplysninger om &amp;barnevern …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="228" />
        <source>Record barnevern &amp;details…</source>
        <translation>Registrer opplysninger om &amp;barnevern …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="231" />
        <source>Change family &amp;services…</source>
        <translation>Endre &amp;familietjenester …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="233" />
        <source>Record family &amp;services…</source>
        <translation>Registrer &amp;familietjenester …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="250" />
        <source>Unknown</source>
        <translation>Ukjent</translation>
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
        <translation>Uten pasientens samtykke lagres ingen opplysninger om barnevern. Kryss av når pasienten samtykker til at barnevernet involveres eller informeres i ansvarsgruppen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="271" />
        <source>The patient consents. Record whether barnevern is involved, and the caseworker and office.</source>
        <translation>Pasienten samtykker. Registrer om barnevernet er involvert, og hvem som er saksbehandler og hvilket kontor.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="273" />
        <source>Barnevern involved: %1</source>
        <translation>Barnevernet involvert: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="275" />
        <source>Caseworker and office: %1</source>
        <translation>Saksbehandler og kontor: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="287" />
        <source>No family services recorded. Record which are involved: familievernkontor, helsestasjon, kindergarten or school, parent support, and any need for long-term follow-up.</source>
        <translation>Ingen familietjenester er registrert. Registrer hvilke som er involvert: familievernkontor, helsestasjon, barnehage eller skole, foreldrestøtte, og eventuelt behov for langvarig oppfølging.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="293" />
        <source>Services: %1</source>
        <translation>Tjenester: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="295" />
        <source>Other: %1</source>
        <translation>Annet: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="298" />
        <source>Need for long-term follow-up: %1</source>
        <translation>Behov for langvarig oppfølging: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="330" />
        <source>Remove %1 from the plan? Conversations the child took part in are kept, without the name.</source>
        <translation>Fjerne %1 fra planen? Samtaler barnet var med i blir beholdt, uten navnet.</translation>
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
        <translation>Uten pasientens samtykke kan ingen opplysninger om barnevern beholdes. Slette om barnevernet er involvert, saksbehandler og merknad fra planen?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="366" />
        <source>Delete barnevern details</source>
        <translation>Slett opplysninger om barnevern</translation>
    </message>
</context>
<context>
    <name>FamilyServicesDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="290" />
        <source>Family services</source>
        <translation>Familietjenester</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="300" />
        <source>&amp;Services</source>
        <translation>&amp;Tjenester</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="303" />
        <source>Other services, and what they do</source>
        <translation>Andre tjenester, og hva de gjør</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="305" />
        <source>&amp;Other</source>
        <translation>&amp;Annet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="309" />
        <source>e.g. the first year after discharge: helsestasjon, a support group for mothers</source>
        <translation>f.eks. det første året etter utskrivning: helsestasjon, en støttegruppe for mødre</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="313" />
        <source>Mothers in treatment often lack a supporting network and need follow-up for a long time.</source>
        <translation>Mødre i behandling mangler ofte et støttende nettverk og trenger oppfølging over lang tid.</translation>
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
        <translation>Ikke avklart ennå</translation>
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
        <translation>Helsesykepleier / helsestasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="53" />
        <source>Kindergarten or school informed</source>
        <translation>Barnehage eller skole er informert</translation>
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
        <translation>Gruppens navn</translation>
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
        <translation>Møtedager</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="439" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="440" />
        <source>Takes place</source>
        <translation>Foregår</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="441" />
        <source>For whom</source>
        <translation>For hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="442" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="443" />
        <source>Women only</source>
        <translation>Bare kvinner</translation>
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
        <translation>fjernet</translation>
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
        <translation>Første møte er ikke planlagt ennå. Velg en gruppe nær pasientens hjem og en dag kort etter utskrivning.</translation>
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
        <translation>noen blir med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="75" />
        <source>First meeting after discharge</source>
        <translation>Første møte etter utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="84" />
        <source>Agree on a group near home and a day soon after discharge, ideally with someone to go along the first time.</source>
        <translation>Avtal en gruppe nær hjemmet og en dag kort etter utskrivning, helst med noen som blir med første gang.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="89" />
        <source>Choose a group</source>
        <translation>Velg en gruppe</translation>
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
        <translation>Kjent &amp;klokkeslett</translation>
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
        <translation>&amp;Noen blir med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="122" />
        <source>Who, e.g. the contact person or someone from the ward</source>
        <translation>Hvem, f.eks. kontaktpersonen eller noen fra avdelingen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="123" />
        <source>Who goes along</source>
        <translation>Hvem som blir med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="127" />
        <source>Company</source>
        <translation>Følge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="162" />
        <source>According to the directory the group does not meet on %1 (it meets %2).</source>
        <translation>Ifølge katalogen møtes ikke gruppen på %1 (den møtes %2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="168" />
        <source>The date is before planned discharge (%1).</source>
        <translation>Datoen er før planlagt utskrivning (%1).</translation>
    </message>
</context>
<context>
    <name>FollowUpCallPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="83" />
        <source>Call the patient 2–3 days after discharge: how are things going, did the first appointments hold, did the municipality get the handover? The call can be recorded although the plan is otherwise closed.</source>
        <translation>Ring pasienten 2–3 dager etter utskrivning: Hvordan går det, ble de første avtalene holdt, har kommunen fått overføringen? Samtalen kan registreres selv om planen ellers er låst.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="95" />
        <source>Calls after discharge</source>
        <translation>Samtaler etter utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="101" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="102" />
        <source>By whom</source>
        <translation>Av hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="85" />
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="103" />
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="104" />
        <source>How things are</source>
        <translation>Hvordan det går</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="105" />
        <source>What was arranged</source>
        <translation>Hva som ble avtalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="106" />
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="109" />
        <source>No calls recorded yet.</source>
        <translation>Ingen samtaler er registrert ennå.</translation>
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
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="182" />
        <source>☎ Call the patient by %1</source>
        <translation>☎ Ring pasienten innen %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="184" />
        <source>⚠ Call the patient by %1: %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ Ring pasienten innen %1: forfalt for %n dag siden</numerusform>
            <numerusform>⚠ Ring pasienten innen %1: forfalt for %n dager siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="188" />
        <source>Not reached on %1 (%n of %2 attempts made).</source>
        <translation>
            <numerusform>Ikke nådd %1 (%n av %2 forsøk er brukt).</numerusform>
            <numerusform>Ikke nådd %1 (%n av %2 forsøk er brukt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="191" />
        <source>Discharged %1.</source>
        <translation>Skrevet ut %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="204" />
        <source>The call will be due 2–3 days after discharge. No discharge date is planned yet.</source>
        <translation>Oppfølgingssamtalen skal tas 2–3 dager etter utskrivning. Ingen utskrivningsdato er planlagt ennå.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="207" />
        <source>The call will be due 2–3 days after discharge: with discharge as planned on %1, by %2.</source>
        <translation>Oppfølgingssamtalen skal tas 2–3 dager etter utskrivning: med utskrivning som planlagt %1, innen %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="214" />
        <source>The patient was reached on %1. No further call is due.</source>
        <translation>Pasienten ble nådd %1. Ingen flere samtaler skal tas.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="219" />
        <source>Not reached after %1 attempts. No further call is due; consider telling the patient's contact in the municipality.</source>
        <translation>Ikke nådd etter %1 forsøk. Ingen flere samtaler skal tas; vurder å gi beskjed til pasientens kontaktperson i kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="223" />
        <source>The plan is archived: no call is due.</source>
        <translation>Planen er arkivert: ingen samtale skal tas.</translation>
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
        <translation>Ta opp selvhjelp igjen: Har pasienten vært på et møte, hvordan var det, hva ville gjort det neste lettere?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="421" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="425" />
        <source>&amp;By whom</source>
        <translation>&amp;Av hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="426" />
        <source>What was said, and what was agreed</source>
        <translation>Hva som ble sagt, og hva som ble avtalt</translation>
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
        <translation>En lokal gruppe avdelingen kan informere pasienter og pårørende om. Sjekk dag, tid og sted med gruppen av og til, og noter når oppføringen sist ble kontrollert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="235" />
        <source>Choose from the list, or write the name of another organisation</source>
        <translation>Velg fra listen, eller skriv navnet på en annen organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="237" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="242" />
        <source>e.g. Tirsdagsgruppen Sentrum</source>
        <translation>f.eks. Tirsdagsgruppen Sentrum</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="243" />
        <source>Group &amp;name</source>
        <translation>Gruppens &amp;navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="247" />
        <source>None – online (or type a municipality's name or number)</source>
        <translation>Ingen – på nett (eller skriv kommunens navn eller nummer)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="248" />
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="253" />
        <source>Street, building, room; or the link for an online meeting</source>
        <translation>Gate, bygning, rom; eller lenken til et nettmøte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="254" />
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="260" />
        <source>Meeting &amp;days</source>
        <translation>Møte&amp;dager</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="263" />
        <source>Op&amp;en meeting</source>
        <translation>Å&amp;pent møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="265" />
        <source>Anyone interested may come, also next of kin and staff</source>
        <translation>Alle interesserte kan komme, også pårørende og ansatte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="266" />
        <source>&amp;Closed meeting</source>
        <translation>&amp;Lukket møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="268" />
        <source>Only for those the group is for</source>
        <translation>Bare for dem gruppen er for</translation>
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
        <translation>Foregår</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="282" />
        <source>Lang&amp;uage</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="283" />
        <source>&amp;Women only</source>
        <translation>Bare kv&amp;inner</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="286" />
        <source>&amp;For whom</source>
        <translation>&amp;For hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="295" />
        <source>P&amp;hone</source>
        <translation>T&amp;elefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="299" />
        <source>Optional: entrance, who to ask for, what to bring</source>
        <translation>Valgfritt: inngang, hvem man spør etter, hva man tar med</translation>
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
        <translation>Skriv klokkeslettet som tt:mm, f.eks. 19:00, eller la feltet stå tomt (%1).</translation>
    </message>
</context>
<context>
    <name>GroupDirectoryView</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="108" />
        <source>Local groups the ward informs patients and next of kin about. Times and places change: an entry not verified for 6 months is marked «⚠ possibly out of date».</source>
        <translation>Lokale grupper avdelingen informerer pasienter og pårørende om. Tider og steder endrer seg: en oppføring som ikke er kontrollert på 6 måneder, merkes «⚠ kan være utdatert».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="134" />
        <source>← Ward overview</source>
        <translation>← Avdelingsoversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="135" />
        <source>Back to all plans (Esc)</source>
        <translation>Tilbake til alle planer (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="136" />
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="189" />
        <source>Self-help groups</source>
        <translation>Selvhjelpsgrupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="151" />
        <source>Any day</source>
        <translation>Alle dager</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="156" />
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="162" />
        <source>Name, address, note, language…</source>
        <translation>Navn, adresse, merknad, språk…</translation>
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
        <translation>For &amp;hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="168" />
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="215" />
        <source>No group matches these filters.</source>
        <translation>Ingen grupper passer med disse filtrene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="218" />
        <source>Show all groups</source>
        <translation>Vis alle grupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="233" />
        <source>&lt;p&gt;&lt;b&gt;The directory is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Here the ward keeps its own list of local self-help groups – AA, NA, Al-Anon and others – with day, time and place, so staff can inform patients and next of kin about groups near where they will live, and present a group in the plan.&lt;/p&gt;&lt;p&gt;There are two ways to fill it:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Katalogen er tom.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Her har avdelingen sin egen liste over lokale selvhjelpsgrupper – AA, NA, Al-Anon og andre – med dag, tid og sted, slik at ansatte kan informere pasienter og pårørende om grupper der de skal bo, og presentere en gruppe i planen.&lt;/p&gt;&lt;p&gt;Det er to måter å fylle den på:&lt;/p&gt;</translation>
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
        <translation>&amp;Importer fra CSV…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="253" />
        <source>Type in one group at a time.</source>
        <translation>Skriv inn én gruppe om gangen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="257" />
        <source>Read a whole list: exported from another ward's directory, or made in a spreadsheet.</source>
        <translation>Les inn en hel liste: eksportert fra katalogen til en annen avdeling, eller laget i et regneark.</translation>
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
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="343" />
        <source>All organisations</source>
        <translation>Alle organisasjoner</translation>
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
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="471" />
        <source>Added «%1».</source>
        <translation>La til «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="490" />
        <source>Saved «%1».</source>
        <translation>Lagret «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="502" />
        <source>«%1» marked as verified today.</source>
        <translation>«%1» er merket som kontrollert i dag.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="509" />
        <source>Remove «%1» from the directory? Plans that name the group still show it, marked as removed.</source>
        <translation>Fjerne «%1» fra katalogen? Planer som nevner gruppen, viser den fortsatt, merket som fjernet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="511" />
        <source>Remove group</source>
        <translation>Fjern gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="514" />
        <source>Removed «%1».</source>
        <translation>Fjernet «%1».</translation>
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
            <numerusform>%n endret</numerusform>
            <numerusform>%n endret</numerusform>
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
        <translation>«%1» kunne ikke lagres: %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="187" />
        <source>Not exported</source>
        <translation>Ikke eksportert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="191" />
        <source>%n group(s) written to %1.</source>
        <translation>
            <numerusform>%n gruppe skrevet til %1.</numerusform>
            <numerusform>%n grupper skrevet til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupImport</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="59" />
        <source>the file is empty.</source>
        <translation>filen er tom.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="60" />
        <source>this is not a CSV file with the directory's columns. In the spreadsheet, save it as «CSV (semicolon separated)».</source>
        <translation>dette er ikke en CSV-fil med katalogens kolonner. Lagre den fra regnearket som «CSV (semikolondelt)».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="65" />
        <source>this column is missing from the first line.</source>
        <translation>denne kolonnen mangler i første linje.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="68" />
        <source>this column is in the first line twice.</source>
        <translation>denne kolonnen står to ganger i første linje.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="69" />
        <source>the line has %1 cells, which does not fit the columns. Is there a ; or a line break in a cell without quotes?</source>
        <translation>linjen har %1 celler, som ikke passer med kolonnene. Er det et ; eller et linjeskift i en celle uten anførselstegn?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="74" />
        <source>the organisation is missing.</source>
        <translation>organisasjonen mangler.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="75" />
        <source>the group's name is missing.</source>
        <translation>gruppens navn mangler.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="76" />
        <source>no municipality has this number.</source>
        <translation>ingen kommune har dette nummeret.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="77" />
        <source>not a weekday. Write mandag, tirsdag … søndag (or man, tir …).</source>
        <translation>ikke en ukedag. Skriv mandag, tirsdag … søndag (eller man, tir …).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="80" />
        <source>the time cannot be read. Write e.g. mandag 19:00.</source>
        <translation>klokkeslettet kan ikke leses. Skriv f.eks. mandag 19:00.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="83" />
        <source>not one of the choices. Write %1.</source>
        <translation>ikke et av valgene. Skriv %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="84" />
        <source>a phone number has digits, and may have spaces and a leading +.</source>
        <translation>et telefonnummer har sifre, og kan ha mellomrom og + foran.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="87" />
        <source>the date cannot be read. Write it as dd.mm.yyyy, e.g. 24.03.2026.</source>
        <translation>datoen kan ikke leses. Skriv den som dd.mm.åååå, f.eks. 24.03.2026.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="90" />
        <source>the date is in the future.</source>
        <translation>datoen er fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="91" />
        <source>write who verified the entry (the date is filled in).</source>
        <translation>skriv hvem som kontrollerte oppføringen (datoen er fylt ut).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="94" />
        <source>the same group as on line %1 (same organisation, name and municipality).</source>
        <translation>samme gruppe som på linje %1 (samme organisasjon, navn og kommune).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="97" />
        <source>too long: this column takes at most %1 characters.</source>
        <translation>for langt: kolonnen kan ha høyst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="100" />
        <source>this value cannot be stored.</source>
        <translation>denne verdien kan ikke lagres.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="216" />
        <source>None – online</source>
        <translation>Ingen – på nett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="221" />
        <source>Import self-help groups from CSV</source>
        <translation>Importer selvhjelpsgrupper fra CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="234" />
        <source>The %n group(s) in «%1» are already in the directory, unchanged.</source>
        <translation>
            <numerusform>Gruppen i «%1» står allerede i katalogen, uendret.</numerusform>
            <numerusform>De %n gruppene i «%1» står allerede i katalogen, uendret.</numerusform>
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
        <translation>«%1» kunne ikke leses: %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="252" />
        <source>File not read</source>
        <translation>Filen ble ikke lest</translation>
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
        <translation>Gruppen «%1»: %2</translation>
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
        <translation>Møtes</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="78" />
        <source>For whom</source>
        <translation>For hvem</translation>
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
        <translation>Bare kvinner</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="340" />
        <source>Import self-help groups</source>
        <translation>Importer selvhjelpsgrupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="352" />
        <source>Nothing has been imported yet. «Import» adds the new groups and makes the changes below; groups that are not in the file stay in the directory as they are.</source>
        <translation>Ingenting er importert ennå. «Importer» legger til de nye gruppene og gjør endringene nedenfor; grupper som ikke står i filen, blir stående i katalogen som før.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="358" />
        <source>New and changed groups</source>
        <translation>Nye og endrede grupper</translation>
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
            <numerusform>%n endret</numerusform>
            <numerusform>%n endret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="377" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n uendret</numerusform>
            <numerusform>%n uendret</numerusform>
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
            <numerusform>Endrede grupper (%n)</numerusform>
            <numerusform>Endrede grupper (%n)</numerusform>
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
        <translation>Presenter gruppene med de praktiske detaljene: dag, klokkeslett, sted, et telefonnummer og noen å gå sammen med første gang. Det omtrent dobler sjansen for at pasienten går etter utskrivning.</translation>
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
        <translation>f.eks. AAs brosjyre og møtelisten for Oslo</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="162" />
        <source>&amp;Material given</source>
        <translation>&amp;Materiell gitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="189" />
        <source>Organisations &amp;presented</source>
        <translation>&amp;Organisasjoner presentert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="194" />
        <source>Based on the 12 steps.</source>
        <translation>Bygger på de 12 trinnene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="196" />
        <source>Not based on the 12 steps.</source>
        <translation>Bygger ikke på de 12 trinnene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="198" />
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="204" />
        <source>Find by name, organisation, place or day</source>
        <translation>Søk på navn, organisasjon, sted eller dag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="226" />
        <source>The patient's home municipality first. Tick the groups presented.</source>
        <translation>Pasientens hjemkommune først. Kryss av for gruppene som ble presentert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="228" />
        <source>The ward's directory has no local groups yet.</source>
        <translation>Avdelingens katalog har ingen lokale grupper ennå.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="230" />
        <source>&amp;Local groups</source>
        <translation>&amp;Lokale grupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="231" />
        <source>Find a local group</source>
        <translation>Finn en lokal gruppe</translation>
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
        <translation>Hvorfor punktet ikke er aktuelt for denne pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="59" />
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="65" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="70" />
        <source>Name of the person, if known</source>
        <translation>Navn på personen, hvis kjent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="71" />
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Sist endret %2 av %1</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock.py" line="273" />
        <source>Discharge planner – %1 – locked</source>
        <translation>Utskrivningsplanlegger – %1 – låst</translation>
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
        <translation>Skriv brukernavn og passord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock.py" line="415" />
        <source>Wrong user name or password</source>
        <translation>Feil brukernavn eller passord</translation>
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
        <translation>Logg inn som en &amp;annen bruker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="107" />
        <source>What was typed is already stored; the other user signs in with their own password</source>
        <translation>Det som er skrevet, er allerede lagret; den andre brukeren logger inn med sitt eget passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="120" />
        <source>Open windows are closed first; what was typed in them and not saved is lost.</source>
        <translation>Åpne vinduer lukkes først; det som er skrevet i dem og ikke lagret, går tapt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="129" />
        <source>User &amp;name</source>
        <translation>&amp;Brukernavn</translation>
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
        <translation>Låst – %1 var logget inn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="150" />
        <source>What %1 typed is stored. Sign in with your own user name and password.</source>
        <translation>Det %1 skrev, er lagret. Logg inn med ditt eget brukernavn og passord.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="163" />
        <source>Wait %n second(s)</source>
        <translation>
            <numerusform>Vent %n sekund</numerusform>
            <numerusform>Vent %n sekunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="91" />
        <source>Signed in as %1</source>
        <translation>Pålogget som %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="99" />
        <source>Discharge planner – %1</source>
        <translation>Utskrivningsplanlegger – %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="101" />
        <source>DEMO: training data, not real patients</source>
        <translation>DEMO: opplæringsdata, ikke ekte pasienter</translation>
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
        <translation>Denne &amp;uken</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="120" />
        <source>Self-&amp;help groups</source>
        <translation>Selv&amp;hjelpsgrupper</translation>
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
        <translation>Avdelingens op&amp;plysninger…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="148" />
        <source>&amp;Lock now</source>
        <translation>Lås n&amp;å</translation>
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
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="180" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="181" />
        <source>&amp;About the discharge planner</source>
        <translation>&amp;Om utskrivningsplanleggeren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="192" />
        <source>Print pre&amp;view of the handover…</source>
        <translation>Forhånds&amp;vis overføringen…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="197" />
        <source>&amp;Print the handover…</source>
        <translation>&amp;Skriv ut overføringen…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="198" />
        <source>Save the handover as P&amp;DF…</source>
        <translation>&amp;Lagre overføringen som PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="199" />
        <source>Save the patient's &amp;copy as PDF…</source>
        <translation>Lagre pasientens &amp;kopi som PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="250" />
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="263" />
        <source>%1, version %2 (%3 items)</source>
        <translation>%1, versjon %2 (%3 punkter)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="266" />
        <source>cannot be used: %1</source>
        <translation>kan ikke brukes: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="268" />
        <source>Discharge planner, version %1</source>
        <translation>Utskrivningsplanlegger, versjon %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="269" />
        <source>Ward: %1</source>
        <translation>Avdeling: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="270" />
        <source>Signed in as: %1</source>
        <translation>Pålogget som: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="271" />
        <source>Data folder: %1</source>
        <translation>Datamappe: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="272" />
        <source>Checklist for new plans: %1</source>
        <translation>Sjekkliste for nye planer: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="274" />
        <source>Works offline. Every change is stored at once and logged with who made it.</source>
        <translation>Virker uten nett. Hver endring lagres med en gang og logges med hvem som gjorde den.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="279" />
        <source>About the discharge planner</source>
        <translation>Om utskrivningsplanleggeren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="338" />
        <source>municipality not set</source>
        <translation>kommune ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="410" />
        <source>Opening a plan is logged, and the log could not be written. %1</source>
        <translation>Hver gang en plan åpnes, logges det, og loggen kunne ikke skrives. %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/account_actions.py" line="44" />
        <source>&amp;Users…</source>
        <translation>&amp;Brukere…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/account_actions.py" line="47" />
        <source>&amp;Backups…</source>
        <translation>Sikkerhetskop&amp;ier…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/account_actions.py" line="50" />
        <source>Change &amp;password…</source>
        <translation>B&amp;ytt passord…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/account_actions.py" line="81" />
        <source>Your password is changed.</source>
        <translation>Passordet ditt er byttet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="412" />
        <source>Plan not opened</source>
        <translation>Planen ble ikke åpnet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="434" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="435" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="461" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="465" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="473" />
        <source>Plan not created</source>
        <translation>Planen ble ikke opprettet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="474" />
        <source>The ward's checklist file cannot be used:
%1</source>
        <translation>Avdelingens sjekklistefil kan ikke brukes:
%1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="495" />
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
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
        <translation>Planlegg et møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="61" />
        <source>Change the meeting</source>
        <translation>Endre møtet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="70" />
        <source>Evaluate the plan with the municipality about every six weeks in long stays; hold the discharge meeting with all parties about three weeks before discharge.</source>
        <translation>Ved lange opphold evalueres planen med kommunen omtrent hver sjette uke; utskrivningsmøtet med alle parter holdes omtrent tre uker før utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="78" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="83" />
        <source>The meeting has been &amp;held</source>
        <translation>Møtet er &amp;holdt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="86" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="96" />
        <source>Known &amp;time</source>
        <translation>Kjent &amp;klokkeslett</translation>
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
        <translation>&amp;Sted eller lenke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="122" />
        <source>The video link, or how it is sent</source>
        <translation>Lenken til videomøtet, eller hvordan den sendes</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="124" />
        <source>e.g. Meeting room 2 at the ward, or the NAV office</source>
        <translation>f.eks. møterom 2 på avdelingen, eller NAV-kontoret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="136" />
        <source>%1 – no longer among the plan's contacts</source>
        <translation>%1 – ikke lenger blant kontaktene i planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="142" />
        <source>Tick who takes part (Space ticks).</source>
        <translation>Kryss av for hvem som deltar (mellomrom krysser av).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="145" />
        <source>The plan has no contacts yet. Add them under the coordination with the municipality; until then, name the participants under «Others».</source>
        <translation>Planen har ingen kontakter ennå. Legg dem inn under samarbeid med kommunen; til da kan du skrive deltakerne under «Andre».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="150" />
        <source>Pa&amp;rticipants</source>
        <translation>De&amp;ltakere</translation>
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
        <translation>Navn, skilt med komma</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="169" />
        <source>&amp;Ward staff</source>
        <translation>&amp;Ansatte fra avdelingen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="173" />
        <source>e.g. an interpreter, or a peer worker</source>
        <translation>f.eks. tolk eller erfaringskonsulent</translation>
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
        <translation>← Forrige</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="261" />
        <source>← or Page Up; Alt+← from a text field</source>
        <translation>← eller Page Up; Alt+← fra et tekstfelt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="263" />
        <source>Next →</source>
        <translation>Neste →</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="265" />
        <source>→ or Page Down; Alt+→ from a text field</source>
        <translation>→ eller Page Down; Alt+→ fra et tekstfelt</translation>
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
        <translation>Bare lesing: planen er ikke lenger aktiv.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="407" />
        <source>Take back the decision «%1»? Its agreed action is removed from the plan too.</source>
        <translation>Trekke tilbake vedtaket «%1»? Det avtalte tiltaket fjernes også fra planen.</translation>
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
        <translation>Utskrivningsmøte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="35" />
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="36" />
        <source>Held</source>
        <translation>Holdt</translation>
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
        <translation>rundt %1 – dekket av møtet %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="76" />
        <source>should have been held by %1</source>
        <translation>skulle vært holdt innen %1</translation>
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
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="100" />
        <source>Evaluate the plan with the municipality about every six weeks in long stays, and hold the discharge meeting about three weeks before discharge. In meeting mode the plan is shown area by area on the projector; decisions become agreed actions at once.</source>
        <translation>Ved lange opphold evalueres planen med kommunen omtrent hver sjette uke, og utskrivningsmøtet holdes omtrent tre uker før utskrivning. I møtemodus vises planen område for område på prosjektoren; vedtak blir avtalte tiltak med en gang.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="107" />
        <source>Suggested by the timeline</source>
        <translation>Foreslått ut fra tidslinjen</translation>
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
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="117" />
        <source>Participants</source>
        <translation>Deltakere</translation>
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
        <translation>Ingen møter ennå. Planlegg et med «Nytt møte…» eller fra et forslag over.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="134" />
        <source>Agenda of the selected meeting</source>
        <translation>Dagsorden for det valgte møtet</translation>
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
        <translation>Vis det valgte møtet på prosjektoren, ett område om gangen</translation>
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
        <translation>Ingen forslag: planen må ha planlagt utskrivningsdato og være aktiv.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="277" />
        <source>Select a meeting to see its agenda.</source>
        <translation>Velg et møte for å se dagsordenen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="284" />
        <source>the patient</source>
        <translation>pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="285" />
        <source>Taking part:</source>
        <translation>Deltar:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="285" />
        <source>Minute:</source>
        <translation>Referat:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="288" />
        <source>Still open from the meeting on %1</source>
        <translation>Fortsatt åpent fra møtet %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="299" />
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n åpent punkt</numerusform>
            <numerusform>%n åpne punkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="301" />
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n åpent tiltak</numerusform>
            <numerusform>%n åpne tiltak</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="352" />
        <source>Remove the %1 on %2 and its minutes?</source>
        <translation>Fjerne %1 %2 og referatet fra det?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="358" />
        <source>Its %n decision(s) stay in the plan as agreed actions.</source>
        <translation>
            <numerusform>Vedtaket fra møtet blir stående i planen som avtalt tiltak.</numerusform>
            <numerusform>De %n vedtakene fra møtet blir stående i planen som avtalte tiltak.</numerusform>
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
        <translation>Mangler samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="409" />
        <source>The minutes follow the patient's consent to share with the municipality, and there is no valid one. Record the consent under «Consent» and try again. Nothing was made.</source>
        <translation>Referatet følger pasientens samtykke til å dele med kommunen, og det finnes ikke noe gyldig samtykke. Registrer samtykket under «Samtykke» og prøv igjen. Ingenting ble laget.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="416" />
        <source>Save minutes as PDF</source>
        <translation>Lagre referat som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="416" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="425" />
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="426" />
        <source>The PDF could not be written to %1. %2 Nothing was written.</source>
        <translation>PDF-en kunne ikke skrives til %1. %2 Ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="431" />
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="431" />
        <source>Saved as %1.</source>
        <translation>Lagret som %1.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="84" />
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="103" />
        <source>Patient's name</source>
        <translation>Pasientens navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="107" />
        <source>11 digits, or leave empty if not known yet</source>
        <translation>11 siffer, eller la stå tomt hvis det ikke er kjent ennå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="108" />
        <source>National identity number</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="112" />
        <source>dd.mm.yyyy (when there is no number)</source>
        <translation>dd.mm.åååå (når fødselsnummer mangler)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="113" />
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="117" />
        <source>Type the name or number of the municipality</source>
        <translation>Skriv kommunenavn eller kommunenummer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="52" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="118" />
        <source>Home municipality</source>
        <translation>Hjemkommune</translation>
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
        <translation>Ansvarlig medarbeider</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="55" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="129" />
        <source>Admission date</source>
        <translation>Innleggelsesdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="136" />
        <source>Not set yet</source>
        <translation>Ikke fastsatt ennå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="56" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="142" />
        <source>Planned discharge</source>
        <translation>Planlagt utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="148" />
        <source>Create plan</source>
        <translation>Opprett plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="244" />
        <source>Plan details</source>
        <translation>Opplysninger om planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="245" />
        <source>Save changes</source>
        <translation>Lagre endringene</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="162" />
        <source>New user</source>
        <translation>Ny bruker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="168" />
        <source>Each person signs in with their own user name and password. Give the password to them in person, never by e-mail or text message.</source>
        <translation>Hver person logger inn med sitt eget brukernavn og passord. Gi passordet til personen selv, aldri på e-post eller SMS.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="179" />
        <source>For example kari.nordmann</source>
        <translation>For eksempel kari.nordmann</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="182" />
        <source>Staff</source>
        <translation>Vanlig bruker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="183" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="184" />
        <source>Administrators also add users, set passwords and read the access log.</source>
        <translation>Administratorer legger også til brukere, setter passord og leser tilgangsloggen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="187" />
        <source>Full &amp;name</source>
        <translation>Fullt &amp;navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="188" />
        <source>&amp;User name</source>
        <translation>&amp;Brukernavn</translation>
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
        <translation>Legg til bruker</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="276" />
        <source>Change your password</source>
        <translation>Bytt passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="281" />
        <source>Your new password works from the next time you sign in or unlock. The data stays as it is. Never write the password on a note by the PC.</source>
        <translation>Det nye passordet gjelder fra neste gang du logger inn eller låser opp. Dataene blir som de er. Skriv aldri passordet på en lapp ved PC-en.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="291" />
        <source>&amp;Current password</source>
        <translation>&amp;Nåværende passord</translation>
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
        <translation>Bytt passord</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="230" />
        <source>Activate user again</source>
        <translation>Aktiver bruker igjen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="230" />
        <source>New password</source>
        <translation>Nytt passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="236" />
        <source>%1 (%2) can sign in again with this password. Give it to them in person, never by e-mail or text message.</source>
        <translation>%1 (%2) kan logge inn igjen med dette passordet. Gi det til personen selv, aldri på e-post eller SMS.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="241" />
        <source>A new password for %1 (%2). The old one stops working at once; the data stays as it is. Give the new one to them in person.</source>
        <translation>Nytt passord for %1 (%2). Det gamle slutter å virke med en gang; dataene blir som de er. Gi det nye passordet til personen selv.</translation>
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
        <translation>Tilbake til alle planer (Esc eller Alt+Venstre)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="138" />
        <source>Correct name, number, municipality, responsible or dates</source>
        <translation>Rett navn, fødselsnummer, kommune, ansvarlig eller datoer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="168" />
        <source>Plan areas</source>
        <translation>Planområder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="124" />
        <source>&amp;Next step (F8)</source>
        <translation>&amp;Neste steg (F8)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="127" />
        <source>Go to the most urgent open item; press again to go on to the next one (F8)</source>
        <translation>Gå til det mest hastende åpne punktet; trykk igjen for å gå videre til det neste (F8)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="136" />
        <source>Edit &amp;details…</source>
        <translation>Endre &amp;opplysninger…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="140" />
        <source>Register disc&amp;harge…</source>
        <translation>Registrer &amp;utskrivning…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="143" />
        <source>Record the discharge date, how the stay ended and each area's status then</source>
        <translation>Registrer utskrivningsdato, hvordan oppholdet endte og status per område ved utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="146" />
        <source>Re&amp;open plan…</source>
        <translation>&amp;Gjenåpne plan…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="148" />
        <source>Make a discharged plan active again (the reason is logged)</source>
        <translation>Gjør en utskrevet plan aktiv igjen (begrunnelsen logges)</translation>
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
%2/%3 påkrevde%4 · %5</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="325" />
        <source>%1: %2 of %3 required items done (%4 of %5 in all); status: %6</source>
        <translation>%1: %2 av %3 påkrevde punkter ferdige (%4 av %5 i alt); status: %6</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="370" />
        <source>Due dates moved</source>
        <translation>Frister flyttet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="381" />
        <source>The dates of the stay changed. %n checklist item(s) got a new due date.</source>
        <translation>
            <numerusform>Datoene for oppholdet er endret. %n punkt i sjekklisten fikk ny frist.</numerusform>
            <numerusform>Datoene for oppholdet er endret. %n punkter i sjekklisten fikk ny frist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="418" />
        <source>&lt;b&gt;Next step:&lt;/b&gt; every checklist item is done or marked not applicable.</source>
        <translation>&lt;b&gt;Neste steg:&lt;/b&gt; alle sjekkpunkter er ferdige eller markert som ikke aktuelle.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="427" />
        <source>due when planned discharge is set</source>
        <translation>frist når planlagt utskrivning er satt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="432" />
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>forfalt for %n dag siden</numerusform>
            <numerusform>forfalt for %n dager siden</numerusform>
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
        <translation>&lt;b&gt;Neste steg %1 av %2:&lt;/b&gt; %3 – «%4», %5. Mellomrom krysser av, Enter åpner, F8 går videre.</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="47" />
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="49" />
        <source>identity number not registered</source>
        <translation>fødselsnummer ikke registrert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="53" />
        <source>planned discharge not set</source>
        <translation>planlagt utskrivning ikke fastsatt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="55" />
        <source>%n day(s) to planned discharge</source>
        <translation>
            <numerusform>%n dag til planlagt utskrivning</numerusform>
            <numerusform>%n dager til planlagt utskrivning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="57" />
        <source>%n day(s) past planned discharge</source>
        <translation>
            <numerusform>%n dag over planlagt utskrivning</numerusform>
            <numerusform>%n dager over planlagt utskrivning</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="63" />
        <source>&lt;b&gt;%1 of %2 areas ready&lt;/b&gt; · %3 of %4 checklist items done · responsible: %5</source>
        <translation>&lt;b&gt;%1 av %2 områder klare&lt;/b&gt; · %3 av %4 sjekkpunkter ferdige · ansvarlig: %5</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="74" />
        <source>Admitted %1 · planned discharge %2 · %3</source>
        <translation>Innlagt %1 · planlagt utskrivning %2 · %3</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="76" />
        <source>Admitted %1 · planned discharge %2</source>
        <translation>Innlagt %1 · planlagt utskrivning %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="84" />
        <source>&lt;b&gt;Discharged %1&lt;/b&gt; (%2) – read only; «Reopen plan» to change it.</source>
        <translation>&lt;b&gt;Utskrevet %1&lt;/b&gt; (%2) – kan bare leses; «Gjenåpne plan» for å endre den.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="90" />
        <source>&lt;b&gt;%1&lt;/b&gt; – the plan can no longer be changed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – planen kan ikke lenger endres.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="97" />
        <source>not set</source>
        <translation>ikke fastsatt</translation>
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
        <translation>Innlagt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="84" />
        <source>Planned discharge</source>
        <translation>Planlagt utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="85" />
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="86" />
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="87" />
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="88" />
        <source>Next due</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="261" />
        <source>Discharged %1</source>
        <translation>Utskrevet %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="269" />
        <source>The follow-up call after discharge is past its date</source>
        <translation>Oppfølgingssamtalen etter utskrivning har passert fristen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="270" />
        <source>%n checklist item(s) or agreed action(s) past their date</source>
        <translation>
            <numerusform>%n sjekkpunkt eller tiltak har passert fristen</numerusform>
            <numerusform>%n sjekkpunkter eller tiltak har passert fristen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="89" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="90" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="234" />
        <source>not set</source>
        <translation>ikke fastsatt</translation>
    </message>
</context>
<context>
    <name>ProcedureFollowedDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="283" />
        <source>Procedure followed</source>
        <translation>Prosedyren er fulgt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="288" />
        <source>Record that the municipality was told, and what else was done.</source>
        <translation>Registrer at kommunen er varslet, og hva annet som ble gjort.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="292" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="294" />
        <source>&amp;By whom</source>
        <translation>&amp;Av hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="295" />
        <source>Whom you spoke to, and what was agreed</source>
        <translation>Hvem du snakket med, og hva som ble avtalt</translation>
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
        <translation>Det gjør: %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="52" />
        <source>Also: %1</source>
        <translation>Ellers: %1</translation>
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
            <numerusform>%n holdt</numerusform>
            <numerusform>%n holdt</numerusform>
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
        <translation>⚠ mangler for kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="59" />
        <source>Appointments</source>
        <translation>Avtaler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="59" />
        <source>%n booked</source>
        <translation>
            <numerusform>%n avtale</numerusform>
            <numerusform>%n avtaler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="60" />
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="61" />
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="61" />
        <source>%n printed or saved</source>
        <translation>
            <numerusform>%n utskrevet eller lagret</numerusform>
            <numerusform>%n utskrevet eller lagret</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="135" />
        <source>Forgotten password</source>
        <translation>Glemt passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="139" />
        <source>Ask one of the ward's administrators for a new password: they set it under File → Users. If every administrator has forgotten theirs, an administrator can set a new one here with the ward's recovery key (the paper from the setup, kept locked away).</source>
        <translation>Be en av avdelingens administratorer om et nytt passord: de setter det under Fil → Brukere. Har alle administratorene glemt sitt, kan en administrator sette et nytt her med avdelingens gjenopprettingsnøkkel (arket fra oppsettet, som er låst inne).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="154" />
        <source>&amp;Recovery key</source>
        <translation>Gjen&amp;opprettingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="155" />
        <source>&amp;Administrator's user name</source>
        <translation>&amp;Administratorens brukernavn</translation>
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
        <translation>Sett passord og logg inn</translation>
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
        <translation>Hvis alle administratorene glemmer passordet sitt, åpner denne nøkkelen avdelingens data. Skriv den ned eller skriv ut dette vinduet nå, og lås den inn: den vises bare denne ene gangen og lagres ikke i klartekst noe sted.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="243" />
        <source>I have written down the recovery key and will lock it away</source>
        <translation>Jeg har skrevet ned gjenopprettingsnøkkelen og låser den inn</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="291" />
        <source>File not imported</source>
        <translation>Filen ble ikke importert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="295" />
        <source>Nothing was imported</source>
        <translation>Ingenting ble importert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="300" />
        <source>«%1» has %n problem(s). The whole file is refused, so the directory is just as it was. Correct the lines below in the file and import it again.</source>
        <translation>
            <numerusform>«%1» har %n feil. Hele filen er avvist, så katalogen er akkurat som før. Rett linjen nedenfor i filen og importer den på nytt.</numerusform>
            <numerusform>«%1» har %n feil. Hele filen er avvist, så katalogen er akkurat som før. Rett linjene nedenfor i filen og importer den på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="308" />
        <source>Problems in the file</source>
        <translation>Feil i filen</translation>
    </message>
</context>
<context>
    <name>RelapsePanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="83" />
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="91" />
        <source>User-controlled bed (brukerstyrt seng)</source>
        <translation>Brukerstyrt seng</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="94" />
        <source>Returning to treatment after a relapse</source>
        <translation>Avtale om retur etter tilbakefall</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="84" />
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="97" />
        <source>Procedure for an unplanned end (brudd)</source>
        <translation>Prosedyre ved brudd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="106" />
        <source>⚠ No procedure for an unplanned end is recorded. Record it at admission: whom in the municipality to tell if the patient leaves early.</source>
        <translation>⚠ Ingen prosedyre ved brudd er registrert. Registrer den ved innleggelsen: hvem i kommunen som skal varsles hvis pasienten avbryter oppholdet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="127" />
        <source>Mark the procedure as &amp;followed…</source>
        <translation>Marker prosedyren som &amp;fulgt…</translation>
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
        <translation>Oppholdet ble avsluttet med brudd %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="196" />
        <source>No procedure was recorded at admission. The municipality must still be told today.</source>
        <translation>Ingen prosedyre ble registrert ved innleggelsen. Kommunen må likevel varsles i dag.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="199" />
        <source>Procedure: %1</source>
        <translation>Prosedyre: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="203" />
        <source>Followed %1 by %2.</source>
        <translation>Fulgt %1 av %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="209" />
        <source>Not marked as followed yet.</source>
        <translation>Ikke markert som fulgt ennå.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="218" />
        <source>No contract. With a contract the patient can decide to come in for a few days when things get hard, without a referral.</source>
        <translation>Ingen avtale. Med en avtale om brukerstyrt seng kan pasienten selv bestemme å legge seg inn noen døgn når det blir vanskelig, uten henvisning.</translation>
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
            <numerusform>Inntil %n døgn per opphold</numerusform>
            <numerusform>Inntil %n døgn per opphold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="227" />
        <source>at least %n day(s) between stays</source>
        <translation>
            <numerusform>minst %n døgn mellom oppholdene</numerusform>
            <numerusform>minst %n døgn mellom oppholdene</numerusform>
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
        <translation>Ingen avtale ennå. Avtal med pasienten hvordan han eller hun kan komme tilbake til behandling etter et tilbakefall.</translation>
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
        <translation>Ikke registrert.</translation>
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
        <translation>Gjenåpne plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="367" />
        <source>unplanned (brudd)</source>
        <translation>uplanlagt avslutning (brudd)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="369" />
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="372" />
        <source>Discharged %1 · %2</source>
        <translation>Utskrevet %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="379" />
        <source>The plan becomes active and can be changed again. Say why; the reason is kept in the plan's log.</source>
        <translation>Planen blir aktiv og kan endres igjen. Skriv hvorfor; begrunnelsen lagres i planens logg.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="387" />
        <source>&amp;Reason</source>
        <translation>&amp;Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="391" />
        <source>Reason for reopening</source>
        <translation>Begrunnelse for gjenåpning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="394" />
        <source>Say why the plan is reopened.</source>
        <translation>Skriv hvorfor planen gjenåpnes.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="404" />
        <source>Re&amp;open plan</source>
        <translation>&amp;Gjenåpne plan</translation>
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
        <translation>Tilbakefall er vanlig og ikke et nederlag. Avtal med pasienten hvordan han eller hun raskt kan komme tilbake til behandling: hvem som skal ringes, og hva avdelingen og kommunen gjør.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="180" />
        <source>What was agreed</source>
        <translation>Det som ble avtalt</translation>
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
        <translation>f.eks. pasienten og kontaktpersonen i kommunen</translation>
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
        <translation>Personalet informerer og motiverer; pasienten bestemmer. Praktiske detaljer (dag, klokkeslett, sted, en kontakt, noen å gå sammen med) gjør det langt mer sannsynlig at pasienten går etter utskrivning.</translation>
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
        <translation>Pasientens syn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="164" />
        <source>Meetings visited during the stay</source>
        <translation>Møter besøkt under oppholdet</translation>
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
        <translation>Ingen møter besøkt ennå. Å gå på et møte under oppholdet, gjerne sammen med noen fra avdelingen, gjør det første møtet hjemme lettere.</translation>
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
        <translation>Sammen med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="187" />
        <source>Contact person or sponsor</source>
        <translation>Kontaktperson eller fadder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="189" />
        <source>The patient &amp;consents to the name and phone being stored</source>
        <translation>Pasienten samtykker til at navn og &amp;telefon lagres</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="198" />
        <source>Planned first meeting after discharge</source>
        <translation>Planlagt første møte etter utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="208" />
        <source>Follow-up conversations</source>
        <translation>Oppfølgingssamtaler</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="212" />
        <source>Record follow-&amp;up conversation…</source>
        <translation>Registrer o&amp;ppfølgingssamtale…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="219" />
        <source>No follow-up conversations yet. Take self-help up again in a later conversation: what did the patient think, has he or she been to a meeting?</source>
        <translation>Ingen oppfølgingssamtaler ennå. Ta opp selvhjelp igjen i en senere samtale: Hva syntes pasienten, har hen vært på et møte?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="222" />
        <source>By whom</source>
        <translation>Av hvem</translation>
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
        <translation>Registrer pasientens &amp;syn…</translation>
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
            <numerusform>⚠ Ingen oppfølgingssamtale om selvhjelp på %n uke (frist %1)</numerusform>
            <numerusform>⚠ Ingen oppfølgingssamtale om selvhjelp på %n uker (frist %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="312" />
        <source>A follow-up conversation about self-help is due %1 (in %n day(s))</source>
        <translation>
            <numerusform>En oppfølgingssamtale om selvhjelp skal holdes innen %1 (om %n dag)</numerusform>
            <numerusform>En oppfølgingssamtale om selvhjelp skal holdes innen %1 (om %n dager)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="321" />
        <source>Not informed yet. Record when the patient was told about self-help groups, and which ones were presented.</source>
        <translation>Ikke informert ennå. Registrer når pasienten fikk høre om selvhjelpsgrupper, og hvilke som ble presentert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="324" />
        <source>Informed %1 by %2.</source>
        <translation>Informert %1 av %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="328" />
        <source>Organisations presented: %1</source>
        <translation>Organisasjoner presentert: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="331" />
        <source>Local groups presented:</source>
        <translation>Lokale grupper presentert:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="334" />
        <source>Material given: %1</source>
        <translation>Materiell gitt: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="340" />
        <source>Not asked yet. Ask what the patient thinks about self-help groups, and write it down in their own words.</source>
        <translation>Ikke spurt ennå. Spør hva pasienten tenker om selvhjelpsgrupper, og skriv det ned med pasientens egne ord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="348" />
        <source>A name and phone number are stored only when the patient consents to it.</source>
        <translation>Navn og telefonnummer lagres bare når pasienten samtykker til det.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="350" />
        <source>No contact person recorded yet.</source>
        <translation>Ingen kontaktperson registrert ennå.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="361" />
        <source>No follow-up is due: the plan is not active.</source>
        <translation>Ingen oppfølging: planen er ikke aktiv.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="363" />
        <source>No follow-up is due yet: the patient has not been informed.</source>
        <translation>Ingen oppfølging ennå: pasienten er ikke informert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="365" />
        <source>Next follow-up due: %1</source>
        <translation>Neste oppfølgingssamtale innen: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="406" />
        <source>Without the patient's consent the contact person cannot be kept. Delete «%1» and the phone number from the plan?</source>
        <translation>Uten pasientens samtykke kan kontaktpersonen ikke lagres. Slette «%1» og telefonnummeret fra planen?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="409" />
        <source>Delete contact person</source>
        <translation>Slette kontaktperson</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="433" />
        <source>Remove the planned first meeting after discharge?</source>
        <translation>Fjerne det planlagte første møtet etter utskrivning?</translation>
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
        <translation>mandag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="31" />
        <source>Tuesday</source>
        <translation>tirsdag</translation>
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
        <translation>lørdag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="36" />
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="39" />
        <source>Mon</source>
        <translation>man.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="40" />
        <source>Tue</source>
        <translation>tir.</translation>
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
        <translation>lør.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="45" />
        <source>Sun</source>
        <translation>søn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="62" />
        <source>no fixed meeting time recorded</source>
        <translation>ingen fast møtetid registrert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="72" />
        <source>Patients</source>
        <translation>Pasienter</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="73" />
        <source>Next of kin</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="74" />
        <source>Patients and next of kin</source>
        <translation>Pasienter og pårørende</translation>
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
        <translation>Åpent møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="88" />
        <source>Closed meeting</source>
        <translation>Lukket møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="93" />
        <source>Not asked yet</source>
        <translation>Ikke spurt ennå</translation>
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
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="98" />
        <source>Declined</source>
        <translation>Ønsker ikke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="104" />
        <source>⚠ possibly out of date</source>
        <translation>⚠ kan være utdatert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="109" />
        <source>Not verified for %1 months or more: check the day, time and place before giving them to a patient.</source>
        <translation>Ikke kontrollert på %1 måneder eller mer: sjekk dag, tid og sted før du gir dem til en pasient.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="129" />
        <source>(removed from the directory)</source>
        <translation>(fjernet fra oversikten)</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="175" />
        <source>Set up the ward's first administrator</source>
        <translation>Lag avdelingens første administrator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="181" />
        <source>The patient data on this PC is encrypted. Each person signs in with their own name and password. Make the first administrator now; they can then add the others.</source>
        <translation>Pasientopplysningene på denne PC-en er kryptert. Hver person logger inn med eget brukernavn og passord. Lag den første administratoren nå; hun eller han kan så legge til de andre.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="194" />
        <source>Full &amp;name</source>
        <translation>Fullt &amp;navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="195" />
        <source>&amp;User name</source>
        <translation>&amp;Brukernavn</translation>
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
        <translation>Sett opp</translation>
    </message>
</context>
<context>
    <name>SharingTexts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="30" />
        <source>Municipal service</source>
        <translation>Kommunal tjeneste</translation>
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
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="34" />
        <source>Other</source>
        <translation>Annen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="37" />
        <source>written</source>
        <translation>skriftlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="38" />
        <source>oral</source>
        <translation>muntlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="41" />
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="42" />
        <source>Not yet in force</source>
        <translation>Gjelder ikke ennå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="43" />
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="44" />
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="45" />
        <source>No areas</source>
        <translation>Ingen områder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="48" />
        <source>Handover</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="49" />
        <source>Patient's copy (Min plan)</source>
        <translation>Pasientens kopi (Min plan)</translation>
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
        <translation>Lagret som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="57" />
        <source>Printed</source>
        <translation>Skrevet ut</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="52" />
        <source>Write what the appointment is.</source>
        <translation>Skriv hva avtalen gjelder.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="65" />
        <source>Write who may receive the information.</source>
        <translation>Skriv hvem som kan motta opplysningene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="68" />
        <source>Tick at least one area the patient agrees to share.</source>
        <translation>Kryss av minst ett område pasienten samtykker i å dele.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="71" />
        <source>The date consent was given cannot be in the future.</source>
        <translation>Datoen samtykket ble gitt, kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="74" />
        <source>Write who noted the consent.</source>
        <translation>Skriv hvem som noterte samtykket.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="75" />
        <source>The expiry date is before the date consent was given.</source>
        <translation>Utløpsdatoen er før datoen samtykket ble gitt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="78" />
        <source>The withdrawal date is before the date consent was given.</source>
        <translation>Datoen for tilbaketrekking er før datoen samtykket ble gitt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="81" />
        <source>The withdrawal date cannot be in the future.</source>
        <translation>Datoen for tilbaketrekking kan ikke være fram i tid.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="44" />
        <source>Wrong user name or password.</source>
        <translation>Feil brukernavn eller passord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="46" />
        <source>Too many wrong attempts. Wait %1 seconds and try again.</source>
        <translation>For mange feil forsøk. Vent %1 sekunder og prøv igjen.</translation>
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
        <translation>Utskrivningsplanlegger</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="79" />
        <source>&amp;User name</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="80" />
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="85" />
        <source>&amp;Forgotten your password?</source>
        <translation>&amp;Glemt passordet?</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="227" />
        <source>Not restored</source>
        <translation>Ikke gjenopprettet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="228" />
        <source>The backup could not be restored (%1). The data is as it was.</source>
        <translation>Sikkerhetskopien kunne ikke gjenopprettes (%1). Dataene er som før.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="233" />
        <location filename="../../src/dischargeplanner/ui/application.py" line="248" />
        <source>The backup is restored.</source>
        <translation>Sikkerhetskopien er gjenopprettet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="250" />
        <source>The database is damaged: %1 Tell the IT department before you go on.</source>
        <translation>Databasen er skadet: %1 Si fra til IT-avdelingen før du fortsetter.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="259" />
        <source>Today's backup could not be taken: %1</source>
        <translation>Dagens sikkerhetskopi kunne ikke tas: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="277" />
        <source>The database is damaged</source>
        <translation>Databasen er skadet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="280" />
        <source>%1

There is no backup that passed its check. Nothing has been changed in the file. Contact the IT department.</source>
        <translation>%1

Det finnes ingen sikkerhetskopi som besto kontrollen. Ingenting er endret i filen. Kontakt IT-avdelingen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="287" />
        <source>%1

Restore the newest good backup, taken %2 (%3 plans)? The damaged file is set aside in the data folder, not deleted. What was recorded after the backup is not in it.</source>
        <translation>%1

Vil du hente tilbake den nyeste gode sikkerhetskopien, tatt %2 (%3 planer)? Den skadde filen legges til side i datamappen, den slettes ikke. Det som ble registrert etter sikkerhetskopien, er ikke med.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="298" />
        <source>The backup could not be restored (%1). Nothing has been changed in the files.</source>
        <translation>Sikkerhetskopien kunne ikke gjenopprettes (%1). Ingenting er endret i filene.</translation>
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
        <translation>Deltar</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="89" />
        <source>→ or Page Down goes to the first area. Esc stores and closes.</source>
        <translation>→ eller Page Down går til det første området. Esc lagrer og lukker.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="102" />
        <source>The patient</source>
        <translation>Pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="102" />
        <source>The patient (not present)</source>
        <translation>Pasienten (ikke til stede)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="105" />
        <source>From the ward: %1</source>
        <translation>Fra avdelingen: %1</translation>
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
        <translation>Åpne punkter</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="111" />
        <source>Open actions</source>
        <translation>Åpne tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="124" />
        <source>Still open from the meeting on %1</source>
        <translation>Fortsatt åpent fra møtet %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="128" />
        <source>Everything decided is done.</source>
        <translation>Alt som ble vedtatt, er gjort.</translation>
    </message>
</context>
<context>
    <name>StoreProblems</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="24" />
        <source>The disk is full, so the change could not be stored. Free some space (or ask the IT department to), then try again.</source>
        <translation>Disken er full, så endringen kunne ikke lagres. Frigjør plass (eller be IT-avdelingen om det), og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="29" />
        <source>The database file cannot be written to (it is read-only for this user), so the change could not be stored. Ask the IT department to check the rights on the data folder, then try again.</source>
        <translation>Databasefilen kan ikke skrives til (den er skrivebeskyttet for denne brukeren), så endringen kunne ikke lagres. Be IT-avdelingen sjekke rettighetene til datamappen, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="34" />
        <source>The database is held by another program just now (an antivirus scan, a backup or another window of this program), so the change could not be stored yet. Wait a moment and try again.</source>
        <translation>Databasen holdes av et annet program akkurat nå (en antivirusskanning, en sikkerhetskopi eller et annet vindu av dette programmet), så endringen kunne ikke lagres ennå. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="39" />
        <source>The disk did not accept the change (the file may be held by an antivirus scan, or the disk may be failing). Wait a moment and try again; if it keeps failing, tell the IT department.</source>
        <translation>Disken tok ikke imot endringen (filen kan holdes av en antivirusskanning, eller disken kan være i ferd med å svikte). Vent litt og prøv igjen; si fra til IT-avdelingen hvis det fortsetter.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="44" />
        <source>The change could not be stored. Try again in a moment; if it keeps failing, tell the IT department.</source>
        <translation>Endringen kunne ikke lagres. Prøv igjen om litt; si fra til IT-avdelingen hvis det fortsetter.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="64" />
        <source>Nothing in the plan has changed. Your change is kept: choose Retry to store it, or Discard to leave it out.</source>
        <translation>Ingenting i planen er endret. Endringen din er tatt vare på: velg Prøv igjen for å lagre den, eller Forkast for å la den være.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="76" />
        <source>The file is open in another program (a PDF viewer, for instance), or the folder may not be written to. Close the file or choose another folder, and try again.</source>
        <translation>Filen er åpen i et annet program (for eksempel en PDF-leser), eller mappen kan ikke skrives til. Lukk filen eller velg en annen mappe, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="82" />
        <source>The disk is full. Free some space or choose another disk.</source>
        <translation>Disken er full. Frigjør plass eller velg en annen disk.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="84" />
        <source>The disk or folder is read-only. Choose another folder.</source>
        <translation>Disken eller mappen er skrivebeskyttet. Velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="86" />
        <source>A folder has that name. Choose another file name.</source>
        <translation>En mappe har det navnet. Velg et annet filnavn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="88" />
        <source>The folder no longer exists. Choose another folder.</source>
        <translation>Mappen finnes ikke lenger. Velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="90" />
        <source>The file could not be written. Try again, or choose another folder.</source>
        <translation>Filen kunne ikke skrives. Prøv igjen, eller velg en annen mappe.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="32" />
        <source>Housing</source>
        <translation>Bolig</translation>
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
        <translation>Meningsfull aktivitet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="36" />
        <source>Self-help</source>
        <translation>Selvhjelp</translation>
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
        <translation>Planlagt utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="47" />
        <source>Unplanned end (brudd)</source>
        <translation>Uplanlagt avslutning (brudd)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="53" />
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="54" />
        <source>Green</source>
        <translation>Grønn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="55" />
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="56" />
        <source>Red</source>
        <translation>Rød</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="63" />
        <source>Not assessed yet</source>
        <translation>Ikke vurdert ennå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="64" />
        <source>Green: no problem</source>
        <translation>Grønn: ikke noe problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="65" />
        <source>Yellow: some problem</source>
        <translation>Gul: noe problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="66" />
        <source>Red: serious problem</source>
        <translation>Rød: alvorlig problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="72" />
        <source>Not started</source>
        <translation>Ikke startet</translation>
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
        <translation>Ikke aktuelt</translation>
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
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="91" />
        <source>Open</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="92" />
        <source>Carried out</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="93" />
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="99" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="100" />
        <source>Discharged</source>
        <translation>Utskrevet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="101" />
        <source>Archived</source>
        <translation>Arkivert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="108" />
        <source>Write the patient's name.</source>
        <translation>Skriv pasientens navn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="109" />
        <source>A national identity number has only digits.</source>
        <translation>Et fødselsnummer består bare av siffer.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="110" />
        <source>A national identity number has 11 digits.</source>
        <translation>Et fødselsnummer har 11 siffer.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="112" />
        <source>The first six digits are not a possible date of birth (DDMMYY).</source>
        <translation>De seks første sifrene er ikke en mulig fødselsdato (DDMMÅÅ).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="115" />
        <source>The check digits do not match: one of the digits is probably mistyped.</source>
        <translation>Kontrollsifrene stemmer ikke: trolig er ett av sifrene skrevet feil.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="120" />
        <source>The date of birth does not match the national identity number.</source>
        <translation>Fødselsdatoen stemmer ikke med fødselsnummeret.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="122" />
        <source>The date of birth is in the future.</source>
        <translation>Fødselsdatoen er fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="124" />
        <source>Write the date as dd.mm.yyyy, for example 24.12.1985.</source>
        <translation>Skriv datoen som dd.mm.åååå, for eksempel 24.12.1985.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="126" />
        <source>Choose a municipality from the list.</source>
        <translation>Velg en kommune fra listen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="127" />
        <source>Write the name of the ward.</source>
        <translation>Skriv navnet på avdelingen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="128" />
        <source>Write who is responsible for the plan.</source>
        <translation>Skriv hvem som er ansvarlig for planen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="130" />
        <source>Planned discharge cannot be before admission.</source>
        <translation>Planlagt utskrivning kan ikke være før innleggelse.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="132" />
        <source>Say why the item does not apply.</source>
        <translation>Skriv hvorfor punktet ikke er aktuelt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="133" />
        <source>Describe what is to be done.</source>
        <translation>Beskriv hva som skal gjøres.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="135" />
        <source>The patient has been discharged; the plan can no longer be changed.</source>
        <translation>Pasienten er utskrevet, og planen kan ikke lenger endres.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="138" />
        <source>Only a discharged plan can be reopened.</source>
        <translation>Bare en utskrevet plan kan gjenåpnes.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="141" />
        <source>The discharge date cannot be before admission.</source>
        <translation>Utskrivningsdatoen kan ikke være før innleggelsen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="144" />
        <source>The discharge date cannot be in the future.</source>
        <translation>Utskrivningsdatoen kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="146" />
        <source>The date cannot be in the future.</source>
        <translation>Datoen kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="148" />
        <source>A phone number has digits, and may have spaces and a leading +.</source>
        <translation>Et telefonnummer har sifre, og kan ha mellomrom og + foran.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="151" />
        <source>Give the date the patient was informed.</source>
        <translation>Skriv datoen pasienten ble informert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="154" />
        <source>Write who informed the patient.</source>
        <translation>Skriv hvem som informerte pasienten.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="157" />
        <source>A contact person's name and phone are stored only when the patient consents to it.</source>
        <translation>Navn og telefon til en kontaktperson lagres bare når pasienten samtykker til det.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="162" />
        <source>Choose the group the first meeting is with.</source>
        <translation>Velg gruppen det første møtet er i.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="165" />
        <source>Choose a group from the directory or write its name.</source>
        <translation>Velg en gruppe fra oversikten, eller skriv navnet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="168" />
        <source>Write who had the conversation.</source>
        <translation>Skriv hvem som hadde samtalen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="171" />
        <source>A follow-up conversation comes after the patient was informed; check the dates.</source>
        <translation>En oppfølgingssamtale kommer etter at pasienten ble informert; sjekk datoene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="176" />
        <source>Choose or write the organisation.</source>
        <translation>Velg eller skriv organisasjonen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="178" />
        <source>Write the group's name.</source>
        <translation>Skriv navnet på gruppen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="179" />
        <source>A weekday is Monday to Sunday.</source>
        <translation>En ukedag er mandag til søndag.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="180" />
        <source>Write who verified the entry.</source>
        <translation>Skriv hvem som kontrollerte opplysningene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="182" />
        <source>The directory already has a group with this organisation, name and municipality.</source>
        <translation>Oversikten har allerede en gruppe med samme organisasjon, navn og kommune.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="186" />
        <source>Write the contact's name.</source>
        <translation>Skriv navnet på kontakten.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="188" />
        <source>Write what role the contact has, for example housing support worker.</source>
        <translation>Skriv hvilken rolle kontakten har, for eksempel boveileder.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="191" />
        <source>An e-mail address looks like name@example.no.</source>
        <translation>En e-postadresse ser slik ut: navn@eksempel.no.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="194" />
        <source>Choose one of this patient's consents.</source>
        <translation>Velg et av pasientens samtykker.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="197" />
        <source>Next of kin and peers cannot be the named person responsible in the municipality.</source>
        <translation>Pårørende og likepersoner kan ikke være navngitt ansvarlig i kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="201" />
        <source>Choose one of this patient's contacts.</source>
        <translation>Velg en av pasientens kontakter.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="203" />
        <source>Choose the coordinator among this patient's contacts.</source>
        <translation>Velg koordinatoren blant pasientens kontakter.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="206" />
        <source>Write the child's first name or initials.</source>
        <translation>Skriv barnets fornavn eller initialer.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="209" />
        <source>A child under 18 was born this year or in the last 18 years.</source>
        <translation>Et barn under 18 år er født i år eller i løpet av de siste 18 årene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="212" />
        <source>The child is not registered in this plan; choose one from the list.</source>
        <translation>Barnet er ikke registrert i denne planen; velg et barn fra listen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="215" />
        <source>Tick who took part in the conversation.</source>
        <translation>Kryss av for hvem som var med i samtalen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="218" />
        <source>Write who held the conversation.</source>
        <translation>Skriv hvem som holdt samtalen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="221" />
        <source>Barnevern details are stored only when the patient consents to involving barnevern.</source>
        <translation>Opplysninger om barnevern lagres bare når pasienten samtykker til at barnevernet involveres.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="226" />
        <source>Write where the user-controlled bed is (institution or ward).</source>
        <translation>Skriv hvor den brukerstyrte sengen er (institusjon eller avdeling).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="229" />
        <source>Give the dates the contract runs from and to.</source>
        <translation>Oppgi hvilke datoer avtalen gjelder fra og til.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="232" />
        <source>The contract cannot end before it starts.</source>
        <translation>Avtalen kan ikke slutte før den begynner.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="234" />
        <source>A stay can be from 1 to 30 days.</source>
        <translation>Et opphold kan vare fra 1 til 30 døgn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="236" />
        <source>The days between stays can be from 0 to 90.</source>
        <translation>Tiden mellom oppholdene kan være fra 0 til 90 døgn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="239" />
        <source>Write what was agreed about returning after a relapse.</source>
        <translation>Skriv hva som er avtalt om retur etter tilbakefall.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="242" />
        <source>Write who in the municipality must be told.</source>
        <translation>Skriv hvem i kommunen som skal varsles.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="245" />
        <source>The procedure can be marked as followed only when the stay ended unplanned (brudd).</source>
        <translation>Prosedyren kan bare markeres som fulgt når oppholdet ble avsluttet med brudd.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="250" />
        <source>Write who followed the procedure.</source>
        <translation>Skriv hvem som fulgte prosedyren.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="253" />
        <source>The procedure is followed on or after the day the stay ended.</source>
        <translation>Prosedyren følges samme dag som oppholdet ble avsluttet, eller senere.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="256" />
        <source>The follow-up call is recorded only for a discharged plan.</source>
        <translation>Oppfølgingssamtalen registreres bare for en utskrevet plan.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="259" />
        <source>The call comes on or after the day of discharge; check the date.</source>
        <translation>Samtalen kommer på eller etter utskrivningsdagen; sjekk datoen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="261" />
        <source>Write who made the call.</source>
        <translation>Skriv hvem som ringte.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="263" />
        <source>A meeting about this stay cannot be before the admission date.</source>
        <translation>Et møte om dette oppholdet kan ikke være før innleggelsesdatoen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="266" />
        <source>A meeting in the future cannot be marked as held; check the date.</source>
        <translation>Et møte fram i tid kan ikke markeres som holdt; sjekk datoen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="269" />
        <source>A participant is no longer among the plan's contacts. Open the meeting again.</source>
        <translation>En deltaker er ikke lenger blant kontaktene i planen. Åpne møtet på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="274" />
        <source>The period ends before it begins; check the dates.</source>
        <translation>Perioden slutter før den begynner; sjekk datoene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="276" />
        <source>Write the person's full name.</source>
        <translation>Skriv hele navnet til personen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="278" />
        <source>A user name is 2–32 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>Et brukernavn har 2–32 bokstaver, sifre, punktum, bindestreker eller understreker, uten mellomrom.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="282" />
        <source>This user name is taken; choose another.</source>
        <translation>Brukernavnet er tatt; velg et annet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="284" />
        <source>The password needs at least 12 characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation>Passordet må ha minst 12 tegn. Noen vanlige ord etter hverandre er lette å huske og vanskelige å gjette.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="291" />
        <source>The password must not contain the user name.</source>
        <translation>Passordet kan ikke inneholde brukernavnet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="293" />
        <source>The two passwords are not the same.</source>
        <translation>De to passordene er ikke like.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="295" />
        <source>The ward needs at least one active administrator; make someone else one first.</source>
        <translation>Avdelingen må ha minst én aktiv administrator; gjør en annen til administrator først.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="300" />
        <source>This is not the ward's recovery key. Check each group of four letters and digits against the paper.</source>
        <translation>Dette er ikke avdelingens gjenopprettingsnøkkel. Sjekk hver gruppe på fire bokstaver og tall mot arket.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="307" />
        <source>The recovery key gives a new password to an active administrator only. Others ask an administrator for a new password.</source>
        <translation>Gjenopprettingsnøkkelen gir nytt passord bare til en aktiv administrator. Andre ber en administrator om nytt passord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="314" />
        <source>This is not your current password. After five wrong ones, you must wait a little between attempts.</source>
        <translation>Dette er ikke passordet du har nå. Etter fem feil må du vente litt mellom forsøkene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="322" />
        <source>Write who may receive the information.</source>
        <translation>Skriv hvem som kan motta opplysningene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="325" />
        <source>Tick at least one area the patient agrees to share.</source>
        <translation>Kryss av minst ett område pasienten samtykker i å dele.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="328" />
        <source>The date consent was given cannot be in the future.</source>
        <translation>Datoen samtykket ble gitt, kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="330" />
        <source>Write who noted the consent.</source>
        <translation>Skriv hvem som noterte samtykket.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="332" />
        <source>The expiry date is before the date consent was given.</source>
        <translation>Utløpsdatoen er før datoen samtykket ble gitt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="335" />
        <source>The withdrawal date is before the date consent was given.</source>
        <translation>Datoen for tilbaketrekking er før datoen samtykket ble gitt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="338" />
        <source>The withdrawal date cannot be in the future.</source>
        <translation>Datoen for tilbaketrekking kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="340" />
        <source>Write what the appointment is.</source>
        <translation>Skriv hva avtalen gjelder.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="342" />
        <source>Too long: this field takes at most %1 characters.</source>
        <translation>For langt: feltet kan ha høyst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="345" />
        <source>Too long: this text takes at most %1 characters (about four pages).</source>
        <translation>For langt: teksten kan ha høyst %1 tegn (omtrent fire sider).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="347" />
        <source>Check the year: a date from %1 to %2.</source>
        <translation>Sjekk årstallet: datoen må være fra %1 til %2.</translation>
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
        <translation>Tilbake til alle planene (Esc eller Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="92" />
        <source>This week: open items due in the next 7 days or overdue</source>
        <translation>Denne uken: åpne punkter som forfaller de neste 7 dagene eller har forfalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="98" />
        <source>Only &amp;mine</source>
        <translation>Bare &amp;mine</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="100" />
        <source>Show only my plans and items</source>
        <translation>Vis bare mine planer og punkter</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="102" />
        <source>Only plans you are responsible for, and items and actions that name you</source>
        <translation>Bare planer du er ansvarlig for, og punkter og tiltak der du står som ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="111" />
        <source>Due this week</source>
        <translation>Forfaller denne uken</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="183" />
        <source>Nothing of yours is due in the next 7 days, and nothing is overdue.

Untick «Only mine» to see the whole ward.</source>
        <translation>Ingenting av ditt forfaller de neste 7 dagene, og ingenting har forfalt.

Fjern haken ved «Bare mine» for å se hele avdelingen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="190" />
        <source>Nothing is due in the next 7 days, and nothing is overdue. Well done.

New due dates appear here a week ahead.</source>
        <translation>Ingenting forfaller de neste 7 dagene, og ingenting har forfalt. Godt jobbet.

Nye frister dukker opp her en uke i forveien.</translation>
    </message>
</context>
<context>
    <name>UnplannedProcedureDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="220" />
        <source>Procedure for an unplanned end</source>
        <translation>Prosedyre ved brudd</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="225" />
        <source>Write it at admission: if the patient leaves or is discharged early, the municipality must be told the same day.</source>
        <translation>Skriv den ved innleggelsen: hvis pasienten avbryter oppholdet eller skrives ut tidlig, skal kommunen varsles samme dag.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="230" />
        <source>e.g. Kari Eksempel, ruskonsulent</source>
        <translation>f.eks. Kari Eksempel, ruskonsulent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="231" />
        <source>&amp;Tell in the municipality</source>
        <translation>&amp;Varsle i kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="232" />
        <source>e.g. 912 34 567</source>
        <translation>f.eks. 912 34 567</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="233" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="235" />
        <source>e.g. the patient's contact at the ward</source>
        <translation>f.eks. pasientens kontaktperson på avdelingen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="237" />
        <source>&amp;Who at the ward tells them</source>
        <translation>&amp;Hvem på avdelingen varsler</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="241" />
        <source>e.g. tell next of kin, when the patient consents to it</source>
        <translation>f.eks. varsle pårørende, når pasienten samtykker til det</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="243" />
        <source>What &amp;else to do</source>
        <translation>Hva &amp;ellers skal gjøres</translation>
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
        <translation>Vanlig bruker</translation>
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
        <translation>Fullt navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="70" />
        <source>User name</source>
        <translation>Brukernavn</translation>
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
        <translation>Opprettet</translation>
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
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="148" />
        <source>Everyone who works with the plans signs in with a user of their own. Users are never deleted: a deactivated user can no longer sign in, but stays in this list, in the log and on what they wrote.</source>
        <translation>Alle som arbeider med planene, logger inn med sin egen bruker. Brukere slettes aldri: en deaktivert bruker kan ikke lenger logge inn, men blir stående i denne listen, i loggen og på det de har skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="208" />
        <source>&amp;New user…</source>
        <translation>&amp;Ny bruker…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="211" />
        <source>New &amp;password…</source>
        <translation>Nytt &amp;passord…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="212" />
        <source>For someone who has forgotten theirs: the old password stops working</source>
        <translation>For den som har glemt sitt: det gamle passordet slutter å virke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="215" />
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="277" />
        <source>Make &amp;administrator</source>
        <translation>Gjør til &amp;administrator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="218" />
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktiver…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="219" />
        <source>They can no longer sign in; they stay in the list and in the log (Del)</source>
        <translation>Vedkommende kan ikke lenger logge inn, men blir stående i listen og i loggen (Del)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="224" />
        <source>Activate a&amp;gain…</source>
        <translation>Aktiver &amp;igjen…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="225" />
        <source>They sign in again with a new password</source>
        <translation>Vedkommende logger inn igjen med et nytt passord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="275" />
        <source>Make &amp;staff user</source>
        <translation>Gjør til &amp;vanlig bruker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="300" />
        <source>%1 is added and can sign in as «%2».</source>
        <translation>%1 er lagt til og kan logge inn som «%2».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="315" />
        <source>%1 has a new password; the old one no longer works.</source>
        <translation>%1 har fått nytt passord; det gamle virker ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="327" />
        <source>%1 is now an administrator.</source>
        <translation>%1 er nå administrator.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="329" />
        <source>%1 is now staff, no longer an administrator.</source>
        <translation>%1 er nå vanlig bruker, ikke lenger administrator.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="341" />
        <source>Deactivate %1 (%2)? They can no longer sign in. They stay in this list, in the log and on what they wrote, and can be activated again with a new password.</source>
        <translation>Deaktivere %1 (%2)? Vedkommende kan da ikke lenger logge inn, men blir stående i denne listen, i loggen og på det de har skrevet, og kan aktiveres igjen med et nytt passord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="347" />
        <source>This is you: you cannot sign in again until another administrator activates you.</source>
        <translation>Dette er deg selv: du kan ikke logge inn igjen før en annen administrator aktiverer deg.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="349" />
        <source>Deactivate user</source>
        <translation>Deaktiver bruker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="354" />
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation>%1 er deaktivert og kan ikke lenger logge inn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="370" />
        <source>%1 is active again and can sign in with the new password.</source>
        <translation>%1 er aktiv igjen og kan logge inn med det nye passordet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="381" />
        <source>Not stored (%1). Nothing was changed; try again in a moment.</source>
        <translation>Ikke lagret (%1). Ingenting ble endret; prøv igjen om litt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="401" />
        <source>No longer an administrator</source>
        <translation>Ikke lenger administrator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="402" />
        <source>You are no longer an administrator, so the list of users closes.</source>
        <translation>Du er ikke lenger administrator, så brukerlisten lukkes.</translation>
    </message>
</context>
<context>
    <name>UserBedDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="76" />
        <source>User-controlled bed</source>
        <translation>Brukerstyrt seng</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="83" />
        <source>The patient decides when to use the bed. A contract usually runs six months, with at most 5 days a stay and at least 14 days between stays.</source>
        <translation>Pasienten bestemmer selv når sengen skal brukes. En avtale gjelder vanligvis i seks måneder, med inntil 5 døgn per opphold og minst 14 døgn mellom oppholdene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="88" />
        <source>The patient &amp;has a contract</source>
        <translation>Pasienten &amp;har avtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="93" />
        <source>e.g. the ward's own crisis bed</source>
        <translation>f.eks. avdelingens egen kriseseng</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="95" />
        <source>&amp;Institution</source>
        <translation>&amp;Institusjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="98" />
        <source>Contract &amp;from</source>
        <translation>Avtale &amp;fra</translation>
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
        <translation>&amp;Lengste opphold</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="107" />
        <source>At &amp;least between stays</source>
        <translation>Minst &amp;mellom oppholdene</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="110" />
        <source>The phone number to call, and what to say</source>
        <translation>Telefonnummeret som skal ringes, og hva pasienten sier</translation>
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
        <translation>Minst %1 tegn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="149" />
        <source>Not stored (%1). What you typed is still here; try again in a moment.</source>
        <translation>Ikke lagret (%1). Det du skrev, står her fortsatt; prøv igjen om litt.</translation>
    </message>
</context>
<context>
    <name>ViewDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="293" />
        <source>The patient's view</source>
        <translation>Pasientens syn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="297" />
        <source>Write down what the patient says, in their own words, doubts included: some are put off by the 12-step wording about a «higher power». There is no wrong answer.</source>
        <translation>Skriv ned det pasienten sier, med pasientens egne ord, også tvil: noen skremmes bort av 12-trinnsprogrammets ord om en «høyere makt». Det finnes ikke noe feil svar.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="312" />
        <source>Choose the answer closest to what the patient said.</source>
        <translation>Velg svaret som ligger nærmest det pasienten sa.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="314" />
        <source>The patient &amp;is</source>
        <translation>&amp;Pasienten er</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="317" />
        <source>e.g. «I want to try NA, but not alone»</source>
        <translation>f.eks. «Jeg vil prøve NA, men ikke alene»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="319" />
        <source>In their own &amp;words</source>
        <translation>Med egne &amp;ord</translation>
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
        <translation>&amp;Normal tekststørrelse</translation>
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
        <translation>Velg fra katalogen, eller skriv navnet nedenfor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="227" />
        <source>e.g. NA, the Tuesday meeting at the hospital</source>
        <translation>f.eks. NA, tirsdagsmøtet på sykehuset</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="228" />
        <source>Name of a group not in the directory</source>
        <translation>Navn på en gruppe som ikke er i katalogen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="229" />
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="233" />
        <source>e.g. a staff member, or alone</source>
        <translation>f.eks. en ansatt, eller alene</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="234" />
        <source>&amp;With whom</source>
        <translation>Sammen med &amp;hvem</translation>
    </message>
</context>
<context>
    <name>WardDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="22" />
        <source>Ward details</source>
        <translation>Avdelingens opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="29" />
        <source>Printed as the sender on every handover and patient's copy. The phone number is the one the kommune and the patient are told to call.</source>
        <translation>Skrives ut som avsender på hver overføring og pasientkopi. Telefonnummeret er det kommunen og pasienten får beskjed om å ringe.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="38" />
        <source>Write the ward's name.</source>
        <translation>Skriv avdelingens navn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="41" />
        <source>e.g. the health trust or the institution</source>
        <translation>f.eks. helseforetaket eller institusjonen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="44" />
        <source>A number that answers day and night, if there is one</source>
        <translation>Et nummer som svarer hele døgnet, om det finnes</translation>
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
        <translation> min uten bruk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="56" />
        <source>The window locks when nobody has used it this long; what is typed is stored first.</source>
        <translation>Vinduet låses når ingen har brukt det så lenge; det som er skrevet, lagres først.</translation>
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
        <translation>Opprett en plan for en nyinnlagt pasient (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="121" />
        <source>This week</source>
        <translation>Denne uken</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="123" />
        <source>Everything due in the next 7 days or overdue (Ctrl+2)</source>
        <translation>Alt som forfaller de neste 7 dagene eller har forfalt (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="125" />
        <source>Self-help groups</source>
        <translation>Selvhjelpsgrupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="128" />
        <source>The ward's list of local self-help groups: days, times, places (Ctrl+3)</source>
        <translation>Avdelingens liste over lokale selvhjelpsgrupper: dager, tider og steder (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="133" />
        <source>Show plans</source>
        <translation>Vis planer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="134" />
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="134" />
        <source>Discharged</source>
        <translation>Utskrevne</translation>
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
        <translation>Bare &amp;mine</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="140" />
        <source>Only plans where you are the responsible staff member</source>
        <translation>Bare planer der du er ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="144" />
        <source>Search name or national identity number (Ctrl+F)</source>
        <translation>Søk på navn eller fødselsnummer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="298" />
        <source>You are not responsible for any of these plans. Untick «Only mine» to see all.</source>
        <translation>Du er ikke ansvarlig for noen av disse planene. Fjern haken ved «Bare mine» for å se alle.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="145" />
        <source>Search plans</source>
        <translation>Søk i planer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="163" />
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="288" />
        <source>No active plans yet.

Press «New plan» (Ctrl+N) on the day a patient is admitted: the checklist walks you through what must be in place before discharge.</source>
        <translation>Ingen aktive planer ennå.

Trykk «Ny plan» (Ctrl+N) samme dag som en pasient blir lagt inn: sjekklisten tar deg gjennom alt som må være på plass før utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="293" />
        <source>No plans to show here. Choose «Active» or «All» above.</source>
        <translation>Ingen planer å vise her. Velg «Aktive» eller «Alle» ovenfor.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="295" />
        <source>No plan matches the search. Check the spelling or clear the search.</source>
        <translation>Ingen planer passer med søket. Sjekk stavemåten eller tøm søket.</translation>
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
        <translation>Fra datoen nedenfor kan det ikke lages dokumenter til denne mottakeren. Samtykket blir stående i registeret, merket som trukket tilbake.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="381" />
        <source>Withdrawn &amp;on</source>
        <translation>Trukket tilbake &amp;den</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="386" />
        <source>&amp;Withdraw</source>
        <translation>&amp;Trekk tilbake</translation>
    </message>
</context>
</TS>