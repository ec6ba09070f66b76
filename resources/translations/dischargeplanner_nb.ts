<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="41" />
        <source>Agreed action</source>
        <translation>Avtalt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="41" />
        <source>New agreed action</source>
        <translation>Nytt avtalt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="49" />
        <source>What is to be done, e.g. «Apply for housing allowance»</source>
        <translation>Hva som skal gjøres, for eksempel «Søke bostøtte»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="51" />
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="66" />
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="57" />
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="61" />
        <source>Name of the person or service, if known</source>
        <translation>Navn på person eller tjeneste, hvis kjent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="62" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="66" />
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="90" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="83" />
        <source>No deadline</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="96" />
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
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="70" />
        <source>Change appointment</source>
        <translation>Endre avtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="70" />
        <source>New appointment</source>
        <translation>Ny avtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="102" />
        <source>e.g. «Appointment with the GP» or «First NA group meeting»</source>
        <translation>f.eks. «Time hos fastlegen» eller «Første møte i NA-gruppe»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="104" />
        <source>&amp;What</source>
        <translation>&amp;Hva</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="114" />
        <source>&amp;Area</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="120" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="123" />
        <source>Agreed &amp;time</source>
        <translation>Avtalt &amp;tid</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="129" />
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="133" />
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="138" />
        <source>Wit&amp;h whom</source>
        <translation>Hos h&amp;vem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="141" />
        <source>Person or service, e.g. the GP or the NAV adviser</source>
        <translation>Person eller tjeneste, f.eks. fastlegen eller NAV-veilederen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="145" />
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="148" />
        <source>Address or name of the place</source>
        <translation>Adresse eller navn på stedet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="152" />
        <source>Ph&amp;one</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="155" />
        <source>Number to call if the time must be changed</source>
        <translation>Nummer å ringe hvis timen må endres</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="160" />
        <source>What the patient should bring or remember</source>
        <translation>Hva pasienten skal ha med seg eller huske</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="162" />
        <source>&amp;Note</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="190" />
        <source>The date is before admission (%1).</source>
        <translation>Datoen er før innleggelsen (%1).</translation>
    </message>
</context>
<context>
    <name>AppointmentModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="131" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="132" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="133" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="134" />
        <source>With whom</source>
        <translation>Hos hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="135" />
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="136" />
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
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="167" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="170" />
        <source>At admission</source>
        <translation>Ved innleggelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="171" />
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="173" />
        <source>At discharge</source>
        <translation>Ved utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="178" />
        <source>Short reason for the status</source>
        <translation>Kort begrunnelse for statusen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="183" />
        <source>The patient's goal, in their own words</source>
        <translation>Pasientens mål, med egne ord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="201" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="305" />
        <source>Show help (F1)</source>
        <translation>Vis hjelp (F1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="305" />
        <source>Hide help (F1)</source>
        <translation>Skjul hjelp (F1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="205" />
        <source>What the selected item means and how to do it</source>
        <translation>Hva det valgte punktet betyr og hvordan det gjøres</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="217" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="243" />
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="244" />
        <source>Agreed actions</source>
        <translation>Avtalte tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="272" />
        <source>Agreed actions (%1)</source>
        <translation>Avtalte tiltak (%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="313" />
        <source>Select an item to see what it means.</source>
        <translation>Velg et punkt for å se hva det betyr.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="315" />
        <source>Required before discharge.</source>
        <translation>Må være på plass før utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="315" />
        <source>Optional.</source>
        <translation>Valgfritt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="208" />
        <source>Edit item…</source>
        <translation>Rediger punkt…</translation>
    </message>
</context>
<context>
    <name>ChangeRunner</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="40" />
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="54" />
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="63" />
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="72" />
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="44" />
        <source>Not undone</source>
        <translation>Ikke angret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="46" />
        <source>This was changed again afterwards, so it cannot be undone or redone from here. Change it by hand instead.</source>
        <translation>Dette er endret igjen senere, så det kan ikke angres eller gjøres om herfra. Endre det for hånd i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="56" />
        <source>The plan was changed elsewhere in the meantime. It has been reloaded: check it and try again.</source>
        <translation>Planen ble endret et annet sted i mellomtiden. Den er lastet inn på nytt: se over og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="65" />
        <source>The change could not be stored, so it is not in the plan. Try again in a moment; if it keeps failing, tell the IT department.

(%1)</source>
        <translation>Endringen kunne ikke lagres, så den er ikke med i planen. Prøv igjen om litt. Hvis det fortsatt ikke går, si fra til IT-avdelingen.

(%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="73" />
        <source>What you changed no longer exists in the plan. The plan has been reloaded.</source>
        <translation>Det du endret, finnes ikke lenger i planen. Planen er lastet inn på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="81" />
        <source>change to «%1»</source>
        <translation>endring av «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="82" />
        <source>status of %1</source>
        <translation>status for %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="83" />
        <source>goal for %1</source>
        <translation>mål for %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="84" />
        <source>new action «%1»</source>
        <translation>nytt tiltak «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="85" />
        <source>change to action «%1»</source>
        <translation>endring av tiltak «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="86" />
        <source>removal of action «%1»</source>
        <translation>sletting av tiltak «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="87" />
        <source>change to the plan's details</source>
        <translation>endring av planens opplysninger</translation>
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
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="101" />
        <source>Change consent</source>
        <translation>Endre samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="101" />
        <source>New consent</source>
        <translation>Nytt samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="117" />
        <source>The patient decides what may be shared, and with whom. The consent covers only the areas ticked below (helsepersonelloven § 22).</source>
        <translation>Pasienten bestemmer hva som kan deles, og med hvem. Samtykket gjelder bare områdene som er krysset av nedenfor (helsepersonelloven § 22).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="122" />
        <source>Withdrawn %1: no documents for this recipient from that date.</source>
        <translation>Trukket tilbake %1: ingen dokumenter til denne mottakeren fra den datoen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="151" />
        <source>Recipient &amp;kind</source>
        <translation>&amp;Type mottaker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="155" />
        <source>&amp;Recipient</source>
        <translation>&amp;Mottaker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="175" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="175" />
        <source>Tick all areas</source>
        <translation>Kryss av alle områder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="177" />
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="177" />
        <source>Untick all areas</source>
        <translation>Fjern alle kryss</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="182" />
        <source>&amp;Areas</source>
        <translation>&amp;Områder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="195" />
        <source>&amp;Given</source>
        <translation>&amp;Gitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="196" />
        <source>&amp;Written</source>
        <translation>&amp;Skriftlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="198" />
        <source>&amp;Oral</source>
        <translation>M&amp;untlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="201" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="205" />
        <source>&amp;Noted by</source>
        <translation>&amp;Notert av</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="210" />
        <source>Has an &amp;expiry date</source>
        <translation>Har ut&amp;løpsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="220" />
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="227" />
        <source>Optional: what must not be shared, or may be shared only with someone named</source>
        <translation>Valgfritt: hva som ikke skal deles, eller bare deles med noen bestemte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="230" />
        <source>Re&amp;strictions</source>
        <translation>&amp;Begrensninger</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="247" />
        <source>e.g. Bergen kommune, tildelingskontoret</source>
        <translation>f.eks. Bergen kommune, tildelingskontoret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="248" />
        <source>e.g. NAV Årstad</source>
        <translation>f.eks. NAV Årstad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="249" />
        <source>e.g. the GP's name and surgery</source>
        <translation>f.eks. fastlegens navn og legekontor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="250" />
        <source>Name and relation, e.g. sister</source>
        <translation>Navn og relasjon, f.eks. søster</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="251" />
        <source>Name of the service or person</source>
        <translation>Navn på tjenesten eller personen</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="86" />
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="87" />
        <source>Areas that may be shared</source>
        <translation>Områder som kan deles</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="88" />
        <source>Given</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="89" />
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="90" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="91" />
        <source>Restrictions</source>
        <translation>Begrensninger</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="112" />
        <source>%1, %2, noted by %3</source>
        <translation>%1, %2, notert av %3</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="118" />
        <source>no expiry date</source>
        <translation>ingen utløpsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="121" />
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
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="449" />
        <source>Contact person or sponsor</source>
        <translation>Kontaktperson eller fadder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="458" />
        <source>Someone in a group the patient can call, such as a sponsor in AA or NA. Stored only because the patient consents to it.</source>
        <translation>En i en gruppe som pasienten kan ringe, for eksempel en fadder i AA eller NA. Lagres bare fordi pasienten samtykker til det.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="465" />
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="468" />
        <source>e.g. 912 34 567</source>
        <translation>f.eks. 912 34 567</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="469" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="94" />
        <source>Register discharge</source>
        <translation>Registrer utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="109" />
        <source>&amp;Register discharge</source>
        <translation>&amp;Registrer utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="125" />
        <source>Admitted %1 · planned discharge not set</source>
        <translation>Innlagt %1 · planlagt utskrivning ikke fastsatt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="127" />
        <source>Admitted %1 · planned discharge %2</source>
        <translation>Innlagt %1 · planlagt utskrivning %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="133" />
        <source>%1 of %2 areas ready</source>
        <translation>%1 av %2 områder klare</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="164" />
        <source>and %n more area(s)</source>
        <translation>
            <numerusform>og %n område til</numerusform>
            <numerusform>og %n områder til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="166" />
        <source>%n required item(s) are not done: %1.</source>
        <translation>
            <numerusform>%n påkrevd punkt er ikke ferdig: %1.</numerusform>
            <numerusform>%n påkrevde punkter er ikke ferdige: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="167" />
        <source>You can still register the discharge.</source>
        <translation>Du kan likevel registrere utskrivningen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="174" />
        <source>Actual &amp;discharge date</source>
        <translation>Faktisk &amp;utskrivningsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="179" />
        <source>Actual discharge date</source>
        <translation>Faktisk utskrivningsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="187" />
        <source>End of stay</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="188" />
        <source>&amp;Planned</source>
        <translation>&amp;Planlagt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="190" />
        <source>Unplanned (&amp;brudd)</source>
        <translation>Uplanlagt (&amp;brudd)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="198" />
        <source>Tell the municipality at once that the stay ended unplanned.</source>
        <translation>Gi kommunen beskjed straks om at oppholdet ble avsluttet uplanlagt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="217" />
        <source>&amp;Status at discharge</source>
        <translation>&amp;Status ved utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="218" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="220" />
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="225" />
        <source>%1: status at discharge</source>
        <translation>%1: status ved utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="228" />
        <source>Short reason for the status</source>
        <translation>Kort begrunnelse for statusen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="229" />
        <source>%1: reason</source>
        <translation>%1: begrunnelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="269" />
        <source>The discharge date cannot be before admission (%1).</source>
        <translation>Utskrivningsdatoen kan ikke være før innleggelsen (%1).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="273" />
        <source>The discharge date cannot be in the future.</source>
        <translation>Utskrivningsdatoen kan ikke være fram i tid.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="85" />
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="88" />
        <source>The handover goes to a recipient the patient has consented to, with only the areas consent covers. The patient's copy «Min plan» is in plain words. Every saved or printed document is logged below with its SHA-256 fingerprint.</source>
        <translation>Overføringen går til en mottaker pasienten har samtykket til, med bare de områdene samtykket gjelder. Pasientens kopi «Min plan» er skrevet med enkle ord. Alle dokumenter som lagres eller skrives ut, logges nedenfor med SHA-256-fingeravtrykk.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="93" />
        <source>No document has been printed or saved from this plan yet.</source>
        <translation>Ingen dokumenter er skrevet ut eller lagret fra denne planen ennå.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="98" />
        <source>&lt;b&gt;Printed and saved documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utskrevne og lagrede dokumenter&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="102" />
        <source>Handover to the kommune or another recipient</source>
        <translation>Overføring til kommunen eller en annen mottaker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="106" />
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="108" />
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottaker:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="113" />
        <source>Go to consent</source>
        <translation>Gå til sam&amp;tykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="124" />
        <source>The patient's copy (Min plan)</source>
        <translation>Pasientens kopi (Min plan)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="127" />
        <source>Goals, appointments, who to call, the self-help group – in plain words.</source>
        <translation>Mål, avtaler, hvem pasienten kan ringe, selvhjelpsgruppen – med enkle ord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="140" />
        <source>Print pre&amp;view…</source>
        <translation>Forhåndsvi&amp;s…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="141" />
        <source>&amp;Print…</source>
        <translation>S&amp;kriv ut…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="142" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lagre som PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="181" />
        <source>Only the areas the chosen recipient's consent covers are included.</source>
        <translation>Bare områdene samtykket for den valgte mottakeren gjelder, kommer med.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="185" />
        <source>No valid consent: the consent on record has expired or been withdrawn. Record a new consent under «Consent» before the handover can be made.</source>
        <translation>Ingen gyldig samtykke: samtykket som er registrert, har gått ut eller er trukket tilbake. Registrer et nytt samtykke under «Samtykke» før overføringen kan lages.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="189" />
        <source>No consent recorded, so no handover can be made. Record what the patient agrees to share, and with whom, under «Consent».</source>
        <translation>Ingen samtykke er registrert, så ingen overføring kan lages. Registrer hva pasienten samtykker til å dele, og med hvem, under «Samtykke».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="213" />
        <source>No consent</source>
        <translation>Samtykke mangler</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="220" />
        <source>The plan has no consent to share information with the kommune.</source>
        <translation>Planen har ikke noe samtykke til å dele opplysninger med kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="222" />
        <source>The plan has no consent for «%1».</source>
        <translation>Planen har ikke noe samtykke for «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="223" />
        <source>The consent for «%1» applies from %2.</source>
        <translation>Samtykket for «%1» gjelder først fra %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="224" />
        <source>The consent for «%1» expired on %2.</source>
        <translation>Samtykket for «%1» gikk ut %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="225" />
        <source>The patient withdrew the consent for «%1» on %2.</source>
        <translation>Pasienten trakk samtykket for «%1» tilbake %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="226" />
        <source>The consent for «%1» covers no areas.</source>
        <translation>Samtykket for «%1» omfatter ingen områder.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="234" />
        <source>The document was not made. Record the consent under «Consent» in this plan (which areas, who receives them, the date) and try again.</source>
        <translation>Dokumentet er ikke laget. Registrer samtykket under «Samtykke» i denne planen (hvilke områder, hvem som mottar dem, datoen) og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="259" />
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="259" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="268" />
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="270" />
        <source>The PDF could not be written to %1 (%2). If it is open in a PDF viewer, close it; or choose another folder. Nothing was written.</source>
        <translation>PDF-filen kunne ikke skrives til %1 (%2). Hvis den er åpen i et PDF-program, lukk den, eller velg en annen mappe. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="278" />
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="278" />
        <source>Saved as %1.</source>
        <translation>Lagret som %1.</translation>
    </message>
</context>
<context>
    <name>DueTreeModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="143" />
        <source>Patient / due</source>
        <translation>Pasient / frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="144" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="145" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="146" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="147" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="153" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="219" />
        <source>%1 (overdue)</source>
        <translation>%1 (forfalt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="156" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="195" />
        <source>%n due</source>
        <translation>
            <numerusform>%n forfaller</numerusform>
            <numerusform>%n forfaller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="156" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="197" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalt</numerusform>
            <numerusform>%n forfalt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="158" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="235" />
        <source>Agreed action</source>
        <translation>Avtalt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="158" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="234" />
        <source>Checklist item</source>
        <translation>Sjekklistepunkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="158" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="236" />
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="182" />
        <source>Plan responsible: %1</source>
        <translation>Ansvarlig for planen: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="221" />
        <source>%1 (today)</source>
        <translation>%1 (i dag)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="243" />
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Forfalt for %n dag siden</numerusform>
            <numerusform>Forfalt for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="245" />
        <source>Due today</source>
        <translation>Forfaller i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="246" />
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Forfaller om %n dag</numerusform>
            <numerusform>Forfaller om %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="248" />
        <source>%1

Required before discharge.</source>
        <translation>%1

Må være på plass før utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="251" />
        <source>The patient was informed about self-help groups, and it has not been taken up again for 3 weeks. Enter opens the plan where the conversation is recorded.</source>
        <translation>Pasienten er informert om selvhjelpsgrupper, og temaet er ikke tatt opp igjen på 3 uker. Enter åpner planen, der samtalen registreres.</translation>
    </message>
</context>
<context>
    <name>ExportModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="165" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="166" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="167" />
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="168" />
        <source>How, by whom</source>
        <translation>Hvordan, av hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="169" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>FieldChanges</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="428" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="429" />
        <source>Group name</source>
        <translation>Gruppens navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="430" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="431" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="432" />
        <source>Meeting days</source>
        <translation>Møtedager</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="433" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="434" />
        <source>Takes place</source>
        <translation>Foregår</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="435" />
        <source>For whom</source>
        <translation>For hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="436" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="437" />
        <source>Women only</source>
        <translation>Bare kvinner</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="437" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="437" />
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="438" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="439" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="440" />
        <source>Last verified</source>
        <translation>Sist kontrollert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="441" />
        <source>Verified by</source>
        <translation>Kontrollert av</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="445" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="445" />
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="445" />
        <source>in the directory again</source>
        <translation>i katalogen igjen</translation>
    </message>
</context>
<context>
    <name>FirstMeetingDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="29" />
        <source>No first meeting planned yet. Choose a group near the patient's home and a day soon after discharge.</source>
        <translation>Første møte er ikke planlagt ennå. Velg en gruppe nær pasientens hjem og en dag kort etter utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="39" />
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="50" />
        <source>%1 goes along</source>
        <translation>%1 blir med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="54" />
        <source>someone goes along</source>
        <translation>noen blir med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="73" />
        <source>First meeting after discharge</source>
        <translation>Første møte etter utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="82" />
        <source>Agree on a group near home and a day soon after discharge, ideally with someone to go along the first time.</source>
        <translation>Avtal en gruppe nær hjemmet og en dag kort etter utskrivning, helst med noen som blir med første gang.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="87" />
        <source>Choose a group</source>
        <translation>Velg en gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="88" />
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="100" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="101" />
        <source>Known &amp;time</source>
        <translation>Kjent &amp;klokkeslett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="106" />
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="110" />
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="114" />
        <source>&amp;Someone goes along</source>
        <translation>&amp;Noen blir med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="119" />
        <source>Who, e.g. the contact person or someone from the ward</source>
        <translation>Hvem, f.eks. kontaktpersonen eller noen fra avdelingen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="120" />
        <source>Who goes along</source>
        <translation>Hvem som blir med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="124" />
        <source>Company</source>
        <translation>Følge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="159" />
        <source>According to the directory the group does not meet on %1 (it meets %2).</source>
        <translation>Ifølge katalogen møtes ikke gruppen på %1 (den møtes %2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="165" />
        <source>The date is before planned discharge (%1).</source>
        <translation>Datoen er før planlagt utskrivning (%1).</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="507" />
        <source>Change follow-up conversation</source>
        <translation>Endre oppfølgingssamtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="507" />
        <source>Follow-up conversation</source>
        <translation>Oppfølgingssamtale</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="515" />
        <source>Take self-help up again: has the patient been to a meeting, what was it like, what would make the next one easier?</source>
        <translation>Ta opp selvhjelp igjen: Har pasienten vært på et møte, hvordan var det, hva ville gjort det neste lettere?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="521" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="524" />
        <source>&amp;By whom</source>
        <translation>&amp;Av hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="525" />
        <source>What was said, and what was agreed</source>
        <translation>Hva som ble sagt, og hva som ble avtalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="526" />
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="163" />
        <source>Change group</source>
        <translation>Endre gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="163" />
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="190" />
        <source>A local group the ward can inform patients and next of kin about. Check the day, time and place with the group now and then, and note when it was last verified.</source>
        <translation>En lokal gruppe avdelingen kan informere pasienter og pårørende om. Sjekk dag, tid og sted med gruppen av og til, og noter når oppføringen sist ble kontrollert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="231" />
        <source>Choose from the list, or write the name of another organisation</source>
        <translation>Velg fra listen, eller skriv navnet på en annen organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="233" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="237" />
        <source>e.g. Tirsdagsgruppen Sentrum</source>
        <translation>f.eks. Tirsdagsgruppen Sentrum</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="238" />
        <source>Group &amp;name</source>
        <translation>Gruppens &amp;navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="242" />
        <source>None – online (or type a municipality's name or number)</source>
        <translation>Ingen – på nett (eller skriv kommunens navn eller nummer)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="243" />
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="247" />
        <source>Street, building, room; or the link for an online meeting</source>
        <translation>Gate, bygning, rom; eller lenken til et nettmøte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="248" />
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="254" />
        <source>Meeting &amp;days</source>
        <translation>Møte&amp;dager</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="257" />
        <source>Op&amp;en meeting</source>
        <translation>Å&amp;pent møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="259" />
        <source>Anyone interested may come, also next of kin and staff</source>
        <translation>Alle interesserte kan komme, også pårørende og ansatte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="260" />
        <source>&amp;Closed meeting</source>
        <translation>&amp;Lukket møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="262" />
        <source>Only for those the group is for</source>
        <translation>Bare for dem gruppen er for</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="263" />
        <source>In &amp;person</source>
        <translation>F&amp;ysisk oppmøte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="265" />
        <source>On&amp;line</source>
        <translation>På ne&amp;tt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="267" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="268" />
        <source>Takes place</source>
        <translation>Foregår</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="275" />
        <source>Lang&amp;uage</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="276" />
        <source>&amp;Women only</source>
        <translation>Bare kv&amp;inner</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="279" />
        <source>&amp;For whom</source>
        <translation>&amp;For hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="287" />
        <source>P&amp;hone</source>
        <translation>T&amp;elefon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="291" />
        <source>Optional: entrance, who to ask for, what to bring</source>
        <translation>Valgfritt: inngang, hvem man spør etter, hva man tar med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="293" />
        <source>No&amp;te</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="296" />
        <source>&amp;Verified on</source>
        <translation>Kont&amp;rollert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="299" />
        <source>Verified on</source>
        <translation>Kontrollert dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="303" />
        <source>&amp;by</source>
        <translation>a&amp;v</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="304" />
        <source>Ver&amp;ified today</source>
        <translation>Kontrollert i da&amp;g</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="306" />
        <source>Today's date, and you as the one who verified it</source>
        <translation>Dagens dato, og deg som den som kontrollerte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="309" />
        <source>Last verified</source>
        <translation>Sist kontrollert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="310" />
        <source>Verified</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="426" />
        <source>Write the time as hh:mm, e.g. 19:00, or leave it empty (%1).</source>
        <translation>Skriv klokkeslettet som tt:mm, f.eks. 19:00, eller la feltet stå tomt (%1).</translation>
    </message>
</context>
<context>
    <name>GroupDirectoryView</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="107" />
        <source>Local groups the ward informs patients and next of kin about. Times and places change: an entry not verified for 6 months is marked «⚠ possibly out of date».</source>
        <translation>Lokale grupper avdelingen informerer pasienter og pårørende om. Tider og steder endrer seg: en oppføring som ikke er kontrollert på 6 måneder, merkes «⚠ kan være utdatert».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="133" />
        <source>← Ward overview</source>
        <translation>← Avdelingsoversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="135" />
        <source>Back to all plans (Esc)</source>
        <translation>Tilbake til alle planer (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="137" />
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="197" />
        <source>Self-help groups</source>
        <translation>Selvhjelpsgrupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="159" />
        <source>Any day</source>
        <translation>Alle dager</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="164" />
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="170" />
        <source>Name, address, note, language…</source>
        <translation>Navn, adresse, merknad, språk…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="172" />
        <source>M&amp;unicipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="173" />
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="174" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="175" />
        <source>For &amp;whom</source>
        <translation>For &amp;hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="176" />
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="223" />
        <source>No group matches these filters.</source>
        <translation>Ingen grupper passer med disse filtrene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="226" />
        <source>Show all groups</source>
        <translation>Vis alle grupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="241" />
        <source>&lt;p&gt;&lt;b&gt;The directory is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Here the ward keeps its own list of local self-help groups – AA, NA, Al-Anon and others – with day, time and place, so staff can inform patients and next of kin about groups near where they will live, and present a group in the plan.&lt;/p&gt;&lt;p&gt;There are two ways to fill it:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Katalogen er tom.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Her har avdelingen sin egen liste over lokale selvhjelpsgrupper – AA, NA, Al-Anon og andre – med dag, tid og sted, slik at ansatte kan informere pasienter og pårørende om grupper der de skal bo, og presentere en gruppe i planen.&lt;/p&gt;&lt;p&gt;Det er to måter å fylle den på:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="250" />
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="296" />
        <source>&amp;New group…</source>
        <translation>&amp;Ny gruppe…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="253" />
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="306" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer fra CSV…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="261" />
        <source>Type in one group at a time.</source>
        <translation>Skriv inn én gruppe om gangen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="265" />
        <source>Read a whole list: exported from another ward's directory, or made in a spreadsheet.</source>
        <translation>Les inn en hel liste: eksportert fra katalogen til en annen avdeling, eller laget i et regneark.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="297" />
        <source>&amp;Edit…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="299" />
        <source>Mark as &amp;verified today</source>
        <translation>Merk som kontrollert i d&amp;ag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="302" />
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="305" />
        <source>E&amp;xport CSV…</source>
        <translation>Eksporter &amp;til CSV…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="341" />
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="351" />
        <source>All organisations</source>
        <translation>Alle organisasjoner</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="422" />
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n gruppe</numerusform>
            <numerusform>%n grupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="424" />
        <source>%1 of %n groups</source>
        <translation>
            <numerusform>%1 av %n gruppe</numerusform>
            <numerusform>%1 av %n grupper</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="459" />
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="479" />
        <source>Added «%1».</source>
        <translation>La til «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="498" />
        <source>Saved «%1».</source>
        <translation>Lagret «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="510" />
        <source>«%1» marked as verified today.</source>
        <translation>«%1» er merket som kontrollert i dag.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="517" />
        <source>Remove «%1» from the directory? Plans that name the group still show it, marked as removed.</source>
        <translation>Fjerne «%1» fra katalogen? Planer som nevner gruppen, viser den fortsatt, merket som fjernet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="519" />
        <source>Remove group</source>
        <translation>Fjern gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="522" />
        <source>Removed «%1».</source>
        <translation>Fjernet «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="545" />
        <source>Imported: %1.</source>
        <translation>Importert: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="551" />
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="551" />
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
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="172" />
        <source>self-help-groups-%1.csv</source>
        <translation>selvhjelpsgrupper-%1.csv</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="173" />
        <source>Export the directory as CSV</source>
        <translation>Eksporter katalogen som CSV</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="179" />
        <source>«%1» could not be saved: %2</source>
        <translation>«%1» kunne ikke lagres: %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="181" />
        <source>Not exported</source>
        <translation>Ikke eksportert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="185" />
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
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="58" />
        <source>the file is empty.</source>
        <translation>filen er tom.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="59" />
        <source>this is not a CSV file with the directory's columns. In the spreadsheet, save it as «CSV (semicolon separated)».</source>
        <translation>dette er ikke en CSV-fil med katalogens kolonner. Lagre den fra regnearket som «CSV (semikolondelt)».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="64" />
        <source>this column is missing from the first line.</source>
        <translation>denne kolonnen mangler i første linje.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="67" />
        <source>this column is in the first line twice.</source>
        <translation>denne kolonnen står to ganger i første linje.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="68" />
        <source>the line has %1 cells, which does not fit the columns. Is there a ; or a line break in a cell without quotes?</source>
        <translation>linjen har %1 celler, som ikke passer med kolonnene. Er det et ; eller et linjeskift i en celle uten anførselstegn?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="73" />
        <source>the organisation is missing.</source>
        <translation>organisasjonen mangler.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="74" />
        <source>the group's name is missing.</source>
        <translation>gruppens navn mangler.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="75" />
        <source>no municipality has this number.</source>
        <translation>ingen kommune har dette nummeret.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="76" />
        <source>not a weekday. Write mandag, tirsdag … søndag (or man, tir …).</source>
        <translation>ikke en ukedag. Skriv mandag, tirsdag … søndag (eller man, tir …).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="79" />
        <source>the time cannot be read. Write e.g. mandag 19:00.</source>
        <translation>klokkeslettet kan ikke leses. Skriv f.eks. mandag 19:00.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="82" />
        <source>not one of the choices. Write %1.</source>
        <translation>ikke et av valgene. Skriv %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="83" />
        <source>a phone number has digits, and may have spaces and a leading +.</source>
        <translation>et telefonnummer har sifre, og kan ha mellomrom og + foran.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="86" />
        <source>the date cannot be read. Write it as dd.mm.yyyy, e.g. 24.03.2026.</source>
        <translation>datoen kan ikke leses. Skriv den som dd.mm.åååå, f.eks. 24.03.2026.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="89" />
        <source>the date is in the future.</source>
        <translation>datoen er fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="90" />
        <source>write who verified the entry (the date is filled in).</source>
        <translation>skriv hvem som kontrollerte oppføringen (datoen er fylt ut).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="93" />
        <source>the same group as on line %1 (same organisation, name and municipality).</source>
        <translation>samme gruppe som på linje %1 (samme organisasjon, navn og kommune).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="96" />
        <source>this value cannot be stored.</source>
        <translation>denne verdien kan ikke lagres.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="210" />
        <source>None – online</source>
        <translation>Ingen – på nett</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="215" />
        <source>Import self-help groups from CSV</source>
        <translation>Importer selvhjelpsgrupper fra CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="228" />
        <source>The %n group(s) in «%1» are already in the directory, unchanged.</source>
        <translation>
            <numerusform>Gruppen i «%1» står allerede i katalogen, uendret.</numerusform>
            <numerusform>De %n gruppene i «%1» står allerede i katalogen, uendret.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="230" />
        <source>Nothing to import</source>
        <translation>Ingenting å importere</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="242" />
        <source>«%1» could not be read: %2</source>
        <translation>«%1» kunne ikke leses: %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="246" />
        <source>File not read</source>
        <translation>Filen ble ikke lest</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="256" />
        <source>Line %1: %4</source>
        <translation>Linje %1: %4</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="258" />
        <source>Line %1, %2: %4</source>
        <translation>Linje %1, %2: %4</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="260" />
        <source>Line %1, %2 «%3»: %4</source>
        <translation>Linje %1, %2 «%3»: %4</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="274" />
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
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="334" />
        <source>Import self-help groups</source>
        <translation>Importer selvhjelpsgrupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="346" />
        <source>Nothing has been imported yet. «Import» adds the new groups and makes the changes below; groups that are not in the file stay in the directory as they are.</source>
        <translation>Ingenting er importert ennå. «Importer» legger til de nye gruppene og gjør endringene nedenfor; grupper som ikke står i filen, blir stående i katalogen som før.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="352" />
        <source>New and changed groups</source>
        <translation>Nye og endrede grupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="358" />
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="369" />
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="370" />
        <source>%n changed</source>
        <translation>
            <numerusform>%n endret</numerusform>
            <numerusform>%n endret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="371" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n uendret</numerusform>
            <numerusform>%n uendret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="378" />
        <source>New groups (%n)</source>
        <translation>
            <numerusform>Nye grupper (%n)</numerusform>
            <numerusform>Nye grupper (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="382" />
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
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="239" />
        <source>Change the information given</source>
        <translation>Endre informasjonen som er gitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="239" />
        <source>Information given</source>
        <translation>Informasjon gitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="248" />
        <source>Present the groups with the practical details: day, time, place, a phone number, and someone to go with the first time. That roughly doubles the chance the patient goes after discharge.</source>
        <translation>Presenter gruppene med de praktiske detaljene: dag, klokkeslett, sted, et telefonnummer og noen å gå sammen med første gang. Det omtrent dobler sjansen for at pasienten går etter utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="255" />
        <source>Informed &amp;on</source>
        <translation>Informert &amp;dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="258" />
        <source>Informed &amp;by</source>
        <translation>Informert &amp;av</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="263" />
        <source>e.g. AA's leaflet and the list of meetings in Oslo</source>
        <translation>f.eks. AAs brosjyre og møtelisten for Oslo</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="264" />
        <source>&amp;Material given</source>
        <translation>&amp;Materiell gitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="291" />
        <source>Organisations &amp;presented</source>
        <translation>&amp;Organisasjoner presentert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="296" />
        <source>Based on the 12 steps.</source>
        <translation>Bygger på de 12 trinnene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="298" />
        <source>Not based on the 12 steps.</source>
        <translation>Bygger ikke på de 12 trinnene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="300" />
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="306" />
        <source>Find by name, organisation, place or day</source>
        <translation>Søk på navn, organisasjon, sted eller dag</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="328" />
        <source>The patient's home municipality first. Tick the groups presented.</source>
        <translation>Pasientens hjemkommune først. Kryss av for gruppene som ble presentert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="330" />
        <source>The ward's directory has no local groups yet.</source>
        <translation>Avdelingens katalog har ingen lokale grupper ennå.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="332" />
        <source>&amp;Local groups</source>
        <translation>&amp;Lokale grupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="333" />
        <source>Find a local group</source>
        <translation>Finn en lokal gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="334" />
        <source>Local groups presented</source>
        <translation>Lokale grupper presentert</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="39" />
        <source>Checklist item</source>
        <translation>Sjekklistepunkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="50" />
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="74" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="54" />
        <source>Why the item does not apply to this patient</source>
        <translation>Hvorfor punktet ikke er aktuelt for denne pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="56" />
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="62" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="66" />
        <source>Name of the person, if known</source>
        <translation>Navn på personen, hvis kjent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="67" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="72" />
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="74" />
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="99" />
        <source>Last changed by %1 on %2</source>
        <translation>Sist endret %2 av %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="72" />
        <source>Signed in as %1</source>
        <translation>Pålogget som %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="77" />
        <source>Discharge planner – %1</source>
        <translation>Utskrivningsplanlegger – %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="79" />
        <source>DEMO: training data, not real patients</source>
        <translation>DEMO: opplæringsdata, ikke ekte pasienter</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="83" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="84" />
        <source>&amp;New plan…</source>
        <translation>&amp;Ny plan…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="89" />
        <source>&amp;Ward overview</source>
        <translation>Avdelings&amp;oversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="93" />
        <source>This &amp;week</source>
        <translation>Denne &amp;uken</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="98" />
        <source>Self-&amp;help groups</source>
        <translation>Selv&amp;hjelpsgrupper</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="103" />
        <source>&amp;Find plan</source>
        <translation>&amp;Finn plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="110" />
        <source>Ward &amp;details…</source>
        <translation>Avdelingens op&amp;plysninger…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="115" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="122" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="123" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="338" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="127" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="339" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="137" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="139" />
        <source>&amp;Larger text</source>
        <translation>&amp;Større tekst</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="140" />
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre tekst</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="141" />
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="148" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="149" />
        <source>&amp;About the discharge planner</source>
        <translation>&amp;Om utskrivningsplanleggeren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="160" />
        <source>Print pre&amp;view of the handover…</source>
        <translation>Forhånds&amp;vis overføringen…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="165" />
        <source>&amp;Print the handover…</source>
        <translation>&amp;Skriv ut overføringen…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="166" />
        <source>Save the handover as P&amp;DF…</source>
        <translation>&amp;Lagre overføringen som PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="167" />
        <source>Save the patient's &amp;copy as PDF…</source>
        <translation>Lagre pasientens &amp;kopi som PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="192" />
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="193" />
        <source>The ward details could not be stored (%1).</source>
        <translation>Avdelingens opplysninger kunne ikke lagres (%1).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="206" />
        <source>%1, version %2 (%3 items)</source>
        <translation>%1, versjon %2 (%3 punkter)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="209" />
        <source>cannot be used: %1</source>
        <translation>kan ikke brukes: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="211" />
        <source>Discharge planner, version %1</source>
        <translation>Utskrivningsplanlegger, versjon %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="212" />
        <source>Ward: %1</source>
        <translation>Avdeling: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="213" />
        <source>Signed in as: %1</source>
        <translation>Pålogget som: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="214" />
        <source>Data folder: %1</source>
        <translation>Datamappe: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="215" />
        <source>Checklist for new plans: %1</source>
        <translation>Sjekkliste for nye planer: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="217" />
        <source>Works offline. Every change is stored at once and logged with who made it.</source>
        <translation>Virker uten nett. Hver endring lagres med en gang og logges med hvem som gjorde den.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="222" />
        <source>About the discharge planner</source>
        <translation>Om utskrivningsplanleggeren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="280" />
        <source>municipality not set</source>
        <translation>kommune ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="338" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="339" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="367" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="373" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="382" />
        <source>Plan not created</source>
        <translation>Planen ble ikke opprettet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="374" />
        <source>The plan could not be stored. Try again in a moment.

(%1)</source>
        <translation>Planen kunne ikke lagres. Prøv igjen om litt.

(%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="383" />
        <source>The ward's checklist file cannot be used:
%1</source>
        <translation>Avdelingens sjekklistefil kan ikke brukes:
%1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="404" />
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
</context>
<context>
    <name>MeetingDays</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="100" />
        <source>hh:mm</source>
        <translation>tt:mm</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="101" />
        <source>Start time %1</source>
        <translation>Starttid %1</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="82" />
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="101" />
        <source>Patient's name</source>
        <translation>Pasientens navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="105" />
        <source>11 digits, or leave empty if not known yet</source>
        <translation>11 siffer, eller la stå tomt hvis det ikke er kjent ennå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="106" />
        <source>National identity number</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="110" />
        <source>dd.mm.yyyy (when there is no number)</source>
        <translation>dd.mm.åååå (når fødselsnummer mangler)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="111" />
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="115" />
        <source>Type the name or number of the municipality</source>
        <translation>Skriv kommunenavn eller kommunenummer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="116" />
        <source>Home municipality</source>
        <translation>Hjemkommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="120" />
        <source>Ward</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="124" />
        <source>Responsible staff member</source>
        <translation>Ansvarlig medarbeider</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="127" />
        <source>Admission date</source>
        <translation>Innleggelsesdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="134" />
        <source>Not set yet</source>
        <translation>Ikke fastsatt ennå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="140" />
        <source>Planned discharge</source>
        <translation>Planlagt utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="146" />
        <source>Create plan</source>
        <translation>Opprett plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="242" />
        <source>Plan details</source>
        <translation>Opplysninger om planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="243" />
        <source>Save changes</source>
        <translation>Lagre endringene</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="103" />
        <source>← Ward overview</source>
        <translation>← Avdelingsoversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="105" />
        <source>Back to all plans (Esc or Alt+Left)</source>
        <translation>Tilbake til alle planer (Esc eller Alt+Venstre)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="132" />
        <source>Correct name, number, municipality, responsible or dates</source>
        <translation>Rett navn, fødselsnummer, kommune, ansvarlig eller datoer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="162" />
        <source>Plan areas</source>
        <translation>Planområder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="118" />
        <source>&amp;Next step (F8)</source>
        <translation>&amp;Neste steg (F8)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="121" />
        <source>Go to the most urgent open item; press again to go on to the next one (F8)</source>
        <translation>Gå til det mest hastende åpne punktet; trykk igjen for å gå videre til det neste (F8)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="130" />
        <source>Edit &amp;details…</source>
        <translation>Endre &amp;opplysninger…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="134" />
        <source>Register disc&amp;harge…</source>
        <translation>Registrer &amp;utskrivning…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="137" />
        <source>Record the discharge date, how the stay ended and each area's status then</source>
        <translation>Registrer utskrivningsdato, hvordan oppholdet endte og status per område ved utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="140" />
        <source>Re&amp;open plan…</source>
        <translation>&amp;Gjenåpne plan…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="142" />
        <source>Make a discharged plan active again (the reason is logged)</source>
        <translation>Gjør en utskrevet plan aktiv igjen (begrunnelsen logges)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="175" />
        <source>Information and follow-up</source>
        <translation>Informasjon og oppfølging</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="300" />
        <source>%1
%2/%3 required%4 · %5</source>
        <translation>%1
%2/%3 påkrevde%4 · %5</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="309" />
        <source>%1: %2 of %3 required items done (%4 of %5 in all); status: %6</source>
        <translation>%1: %2 av %3 påkrevde punkter ferdige (%4 av %5 i alt); status: %6</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="352" />
        <source>Due dates moved</source>
        <translation>Frister flyttet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="363" />
        <source>The dates of the stay changed. %n checklist item(s) got a new due date.</source>
        <translation>
            <numerusform>Datoene for oppholdet er endret. %n punkt i sjekklisten fikk ny frist.</numerusform>
            <numerusform>Datoene for oppholdet er endret. %n punkter i sjekklisten fikk ny frist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="397" />
        <source>&lt;b&gt;Next step:&lt;/b&gt; every checklist item is done or marked not applicable.</source>
        <translation>&lt;b&gt;Neste steg:&lt;/b&gt; alle sjekkpunkter er ferdige eller markert som ikke aktuelle.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="406" />
        <source>due when planned discharge is set</source>
        <translation>frist når planlagt utskrivning er satt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="411" />
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>forfalt for %n dag siden</numerusform>
            <numerusform>forfalt for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="414" />
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="417" />
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
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="80" />
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="81" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="82" />
        <source>Admitted</source>
        <translation>Innlagt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="83" />
        <source>Planned discharge</source>
        <translation>Planlagt utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="84" />
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="85" />
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="86" />
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="87" />
        <source>Next due</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="259" />
        <source>Discharged %1</source>
        <translation>Utskrevet %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="266" />
        <source>%n checklist item(s) or agreed action(s) past their date</source>
        <translation>
            <numerusform>%n sjekkpunkt eller tiltak har passert fristen</numerusform>
            <numerusform>%n sjekkpunkter eller tiltak har passert fristen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="88" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="89" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="233" />
        <source>not set</source>
        <translation>ikke fastsatt</translation>
    </message>
</context>
<context>
    <name>RecordRows</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="33" />
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="34" />
        <source>%n valid</source>
        <translation>
            <numerusform>%n gyldig</numerusform>
            <numerusform>%n gyldige</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="34" />
        <source>⚠ none for the kommune</source>
        <translation>⚠ mangler for kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="36" />
        <source>Appointments</source>
        <translation>Avtaler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="36" />
        <source>%n booked</source>
        <translation>
            <numerusform>%n avtale</numerusform>
            <numerusform>%n avtaler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="37" />
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="37" />
        <source>%n printed or saved</source>
        <translation>
            <numerusform>%n utskrevet eller lagret</numerusform>
            <numerusform>%n utskrevet eller lagret</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="285" />
        <source>File not imported</source>
        <translation>Filen ble ikke importert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="289" />
        <source>Nothing was imported</source>
        <translation>Ingenting ble importert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="294" />
        <source>«%1» has %n problem(s). The whole file is refused, so the directory is just as it was. Correct the lines below in the file and import it again.</source>
        <translation>
            <numerusform>«%1» har %n feil. Hele filen er avvist, så katalogen er akkurat som før. Rett linjen nedenfor i filen og importer den på nytt.</numerusform>
            <numerusform>«%1» har %n feil. Hele filen er avvist, så katalogen er akkurat som før. Rett linjene nedenfor i filen og importer den på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="302" />
        <source>Problems in the file</source>
        <translation>Feil i filen</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="312" />
        <source>Reopen plan</source>
        <translation>Gjenåpne plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="320" />
        <source>unplanned (brudd)</source>
        <translation>uplanlagt avslutning (brudd)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="322" />
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="325" />
        <source>Discharged %1 · %2</source>
        <translation>Utskrevet %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="332" />
        <source>The plan becomes active and can be changed again. Say why; the reason is kept in the plan's log.</source>
        <translation>Planen blir aktiv og kan endres igjen. Skriv hvorfor; begrunnelsen lagres i planens logg.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="340" />
        <source>&amp;Reason</source>
        <translation>&amp;Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="344" />
        <source>Reason for reopening</source>
        <translation>Begrunnelse for gjenåpning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="347" />
        <source>Say why the plan is reopened.</source>
        <translation>Skriv hvorfor planen gjenåpnes.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="357" />
        <source>Re&amp;open plan</source>
        <translation>&amp;Gjenåpne plan</translation>
    </message>
</context>
<context>
    <name>SelfHelpPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="123" />
        <source>Staff inform and motivate; the patient decides. Practical details (day, time, place, a contact, someone to go with) make it far more likely that the patient goes after discharge.</source>
        <translation>Personalet informerer og motiverer; pasienten bestemmer. Praktiske detaljer (dag, klokkeslett, sted, en kontakt, noen å gå sammen med) gjør det langt mer sannsynlig at pasienten går etter utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="168" />
        <source>Record follow-up conversation…</source>
        <translation>Registrer oppfølgingssamtale…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="178" />
        <source>Informed</source>
        <translation>Informert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="183" />
        <source>The patient's view</source>
        <translation>Pasientens syn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="189" />
        <source>Meetings visited during the stay</source>
        <translation>Møter besøkt under oppholdet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="193" />
        <source>&amp;Add meeting…</source>
        <translation>&amp;Legg til møte…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="194" />
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="238" />
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="195" />
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="226" />
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="239" />
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="199" />
        <source>No meetings visited yet. Going to a meeting during the stay, perhaps with someone from the ward, makes the first one at home easier.</source>
        <translation>Ingen møter besøkt ennå. Å gå på et møte under oppholdet, gjerne sammen med noen fra avdelingen, gjør det første møtet hjemme lettere.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="202" />
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="247" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="202" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="202" />
        <source>With whom</source>
        <translation>Sammen med</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="212" />
        <source>Contact person or sponsor</source>
        <translation>Kontaktperson eller fadder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="214" />
        <source>The patient &amp;consents to the name and phone being stored</source>
        <translation>Pasienten samtykker til at navn og &amp;telefon lagres</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="223" />
        <source>Planned first meeting after discharge</source>
        <translation>Planlagt første møte etter utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="233" />
        <source>Follow-up conversations</source>
        <translation>Oppfølgingssamtaler</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="237" />
        <source>Record follow-&amp;up conversation…</source>
        <translation>Registrer o&amp;ppfølgingssamtale…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="244" />
        <source>No follow-up conversations yet. Take self-help up again in a later conversation: what did the patient think, has he or she been to a meeting?</source>
        <translation>Ingen oppfølgingssamtaler ennå. Ta opp selvhjelp igjen i en senere samtale: Hva syntes pasienten, har hen vært på et møte?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="247" />
        <source>By whom</source>
        <translation>Av hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="247" />
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="296" />
        <source>Change &amp;information…</source>
        <translation>Endre &amp;informasjon…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="296" />
        <source>Record &amp;information…</source>
        <translation>Registrer &amp;informasjon…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="299" />
        <source>Change the &amp;view…</source>
        <translation>Endre &amp;synet…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="299" />
        <source>Record the patient's &amp;view…</source>
        <translation>Registrer pasientens &amp;syn…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="302" />
        <source>Change contact &amp;person…</source>
        <translation>Endre &amp;kontaktperson…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="302" />
        <source>Record contact &amp;person…</source>
        <translation>Registrer &amp;kontaktperson…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="305" />
        <source>Change first &amp;meeting…</source>
        <translation>Endre første &amp;møte…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="305" />
        <source>Plan first &amp;meeting…</source>
        <translation>Planlegg første &amp;møte…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="333" />
        <source>⚠ No follow-up conversation about self-help for %n week(s) (due %1)</source>
        <translation>
            <numerusform>⚠ Ingen oppfølgingssamtale om selvhjelp på %n uke (frist %1)</numerusform>
            <numerusform>⚠ Ingen oppfølgingssamtale om selvhjelp på %n uker (frist %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="337" />
        <source>A follow-up conversation about self-help is due %1 (in %n day(s))</source>
        <translation>
            <numerusform>En oppfølgingssamtale om selvhjelp skal holdes innen %1 (om %n dag)</numerusform>
            <numerusform>En oppfølgingssamtale om selvhjelp skal holdes innen %1 (om %n dager)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="346" />
        <source>Not informed yet. Record when the patient was told about self-help groups, and which ones were presented.</source>
        <translation>Ikke informert ennå. Registrer når pasienten fikk høre om selvhjelpsgrupper, og hvilke som ble presentert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="349" />
        <source>Informed %1 by %2.</source>
        <translation>Informert %1 av %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="353" />
        <source>Organisations presented: %1</source>
        <translation>Organisasjoner presentert: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="356" />
        <source>Local groups presented:</source>
        <translation>Lokale grupper presentert:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="359" />
        <source>Material given: %1</source>
        <translation>Materiell gitt: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="365" />
        <source>Not asked yet. Ask what the patient thinks about self-help groups, and write it down in their own words.</source>
        <translation>Ikke spurt ennå. Spør hva pasienten tenker om selvhjelpsgrupper, og skriv det ned med pasientens egne ord.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="373" />
        <source>A name and phone number are stored only when the patient consents to it.</source>
        <translation>Navn og telefonnummer lagres bare når pasienten samtykker til det.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="375" />
        <source>No contact person recorded yet.</source>
        <translation>Ingen kontaktperson registrert ennå.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="386" />
        <source>No follow-up is due: the plan is not active.</source>
        <translation>Ingen oppfølging: planen er ikke aktiv.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="388" />
        <source>No follow-up is due yet: the patient has not been informed.</source>
        <translation>Ingen oppfølging ennå: pasienten er ikke informert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="390" />
        <source>Next follow-up due: %1</source>
        <translation>Neste oppfølgingssamtale innen: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="431" />
        <source>Without the patient's consent the contact person cannot be kept. Delete «%1» and the phone number from the plan?</source>
        <translation>Uten pasientens samtykke kan kontaktpersonen ikke lagres. Slette «%1» og telefonnummeret fra planen?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="434" />
        <source>Delete contact person</source>
        <translation>Slette kontaktperson</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="458" />
        <source>Remove the planned first meeting after discharge?</source>
        <translation>Fjerne det planlagte første møtet etter utskrivning?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="459" />
        <source>Remove first meeting</source>
        <translation>Fjerne første møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="481" />
        <source>Remove the meeting of %1 (%2)?</source>
        <translation>Fjerne møtet %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="485" />
        <source>Remove meeting</source>
        <translation>Fjerne møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="510" />
        <source>Remove the follow-up conversation of %1?</source>
        <translation>Fjerne oppfølgingssamtalen %1?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="511" />
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
    <name>SharingTexts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="29" />
        <source>Municipal service</source>
        <translation>Kommunal tjeneste</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="30" />
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="31" />
        <source>GP (fastlege)</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="32" />
        <source>Next of kin</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="33" />
        <source>Other</source>
        <translation>Annen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="36" />
        <source>written</source>
        <translation>skriftlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="37" />
        <source>oral</source>
        <translation>muntlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="40" />
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="41" />
        <source>Not yet in force</source>
        <translation>Gjelder ikke ennå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="42" />
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="43" />
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="44" />
        <source>No areas</source>
        <translation>Ingen områder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="47" />
        <source>Handover</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="48" />
        <source>Patient's copy (Min plan)</source>
        <translation>Pasientens kopi (Min plan)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="51" />
        <source>Saved as PDF</source>
        <translation>Lagret som PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="52" />
        <source>Printed</source>
        <translation>Skrevet ut</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="50" />
        <source>Write what the appointment is.</source>
        <translation>Skriv hva avtalen gjelder.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="55" />
        <source>Write who may receive the information.</source>
        <translation>Skriv hvem som kan motta opplysningene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="58" />
        <source>Tick at least one area the patient agrees to share.</source>
        <translation>Kryss av minst ett område pasienten samtykker i å dele.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="61" />
        <source>The date consent was given cannot be in the future.</source>
        <translation>Datoen samtykket ble gitt, kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="64" />
        <source>Write who noted the consent.</source>
        <translation>Skriv hvem som noterte samtykket.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="65" />
        <source>The expiry date is before the date consent was given.</source>
        <translation>Utløpsdatoen er før datoen samtykket ble gitt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="68" />
        <source>The withdrawal date is before the date consent was given.</source>
        <translation>Datoen for tilbaketrekking er før datoen samtykket ble gitt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="71" />
        <source>The withdrawal date cannot be in the future.</source>
        <translation>Datoen for tilbaketrekking kan ikke være fram i tid.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="31" />
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="32" />
        <source>Finances</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="33" />
        <source>Network</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="34" />
        <source>Meaningful activity</source>
        <translation>Meningsfull aktivitet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="35" />
        <source>Self-help</source>
        <translation>Selvhjelp</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="36" />
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="37" />
        <source>Crisis and relapse</source>
        <translation>Krise og tilbakefall</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="38" />
        <source>Children and family</source>
        <translation>Barn og familie</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="39" />
        <source>Coordination with the municipality</source>
        <translation>Samarbeid med kommunen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="45" />
        <source>Planned discharge</source>
        <translation>Planlagt utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="46" />
        <source>Unplanned end (brudd)</source>
        <translation>Uplanlagt avslutning (brudd)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="52" />
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="53" />
        <source>Green</source>
        <translation>Grønn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="54" />
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="55" />
        <source>Red</source>
        <translation>Rød</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="62" />
        <source>Not assessed yet</source>
        <translation>Ikke vurdert ennå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="63" />
        <source>Green: no problem</source>
        <translation>Grønn: ikke noe problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="64" />
        <source>Yellow: some problem</source>
        <translation>Gul: noe problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="65" />
        <source>Red: serious problem</source>
        <translation>Rød: alvorlig problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="71" />
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="72" />
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="73" />
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="74" />
        <source>Not applicable</source>
        <translation>Ikke aktuelt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="80" />
        <source>Ward</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="81" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="82" />
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="83" />
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="84" />
        <source>Next of kin</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="90" />
        <source>Open</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="91" />
        <source>Carried out</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="92" />
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="98" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="99" />
        <source>Discharged</source>
        <translation>Utskrevet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="100" />
        <source>Archived</source>
        <translation>Arkivert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="107" />
        <source>Write the patient's name.</source>
        <translation>Skriv pasientens navn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="108" />
        <source>A national identity number has only digits.</source>
        <translation>Et fødselsnummer består bare av siffer.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="109" />
        <source>A national identity number has 11 digits.</source>
        <translation>Et fødselsnummer har 11 siffer.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="111" />
        <source>The first six digits are not a possible date of birth (DDMMYY).</source>
        <translation>De seks første sifrene er ikke en mulig fødselsdato (DDMMÅÅ).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="114" />
        <source>The check digits do not match: one of the digits is probably mistyped.</source>
        <translation>Kontrollsifrene stemmer ikke: trolig er ett av sifrene skrevet feil.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="119" />
        <source>The date of birth does not match the national identity number.</source>
        <translation>Fødselsdatoen stemmer ikke med fødselsnummeret.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="121" />
        <source>The date of birth is in the future.</source>
        <translation>Fødselsdatoen er fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="123" />
        <source>Write the date as dd.mm.yyyy, for example 24.12.1985.</source>
        <translation>Skriv datoen som dd.mm.åååå, for eksempel 24.12.1985.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="125" />
        <source>Choose a municipality from the list.</source>
        <translation>Velg en kommune fra listen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="126" />
        <source>Write the name of the ward.</source>
        <translation>Skriv navnet på avdelingen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="127" />
        <source>Write who is responsible for the plan.</source>
        <translation>Skriv hvem som er ansvarlig for planen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="129" />
        <source>Planned discharge cannot be before admission.</source>
        <translation>Planlagt utskrivning kan ikke være før innleggelse.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="131" />
        <source>Say why the item does not apply.</source>
        <translation>Skriv hvorfor punktet ikke er aktuelt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="132" />
        <source>Describe what is to be done.</source>
        <translation>Beskriv hva som skal gjøres.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="134" />
        <source>The patient has been discharged; the plan can no longer be changed.</source>
        <translation>Pasienten er utskrevet, og planen kan ikke lenger endres.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="137" />
        <source>Only a discharged plan can be reopened.</source>
        <translation>Bare en utskrevet plan kan gjenåpnes.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="140" />
        <source>The discharge date cannot be before admission.</source>
        <translation>Utskrivningsdatoen kan ikke være før innleggelsen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="143" />
        <source>The discharge date cannot be in the future.</source>
        <translation>Utskrivningsdatoen kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="145" />
        <source>The date cannot be in the future.</source>
        <translation>Datoen kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="147" />
        <source>A phone number has digits, and may have spaces and a leading +.</source>
        <translation>Et telefonnummer har sifre, og kan ha mellomrom og + foran.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="150" />
        <source>Give the date the patient was informed.</source>
        <translation>Skriv datoen pasienten ble informert.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="153" />
        <source>Write who informed the patient.</source>
        <translation>Skriv hvem som informerte pasienten.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="156" />
        <source>A contact person's name and phone are stored only when the patient consents to it.</source>
        <translation>Navn og telefon til en kontaktperson lagres bare når pasienten samtykker til det.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="161" />
        <source>Choose the group the first meeting is with.</source>
        <translation>Velg gruppen det første møtet er i.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="164" />
        <source>Choose a group from the directory or write its name.</source>
        <translation>Velg en gruppe fra oversikten, eller skriv navnet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="167" />
        <source>Write who had the conversation.</source>
        <translation>Skriv hvem som hadde samtalen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="170" />
        <source>A follow-up conversation comes after the patient was informed; check the dates.</source>
        <translation>En oppfølgingssamtale kommer etter at pasienten ble informert; sjekk datoene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="175" />
        <source>Choose or write the organisation.</source>
        <translation>Velg eller skriv organisasjonen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="177" />
        <source>Write the group's name.</source>
        <translation>Skriv navnet på gruppen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="178" />
        <source>A weekday is Monday to Sunday.</source>
        <translation>En ukedag er mandag til søndag.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="179" />
        <source>Write who verified the entry.</source>
        <translation>Skriv hvem som kontrollerte opplysningene.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="181" />
        <source>The directory already has a group with this organisation, name and municipality.</source>
        <translation>Oversikten har allerede en gruppe med samme organisasjon, navn og kommune.</translation>
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
    <name>ViewDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="395" />
        <source>The patient's view</source>
        <translation>Pasientens syn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="399" />
        <source>Write down what the patient says, in their own words, doubts included: some are put off by the 12-step wording about a «higher power». There is no wrong answer.</source>
        <translation>Skriv ned det pasienten sier, med pasientens egne ord, også tvil: noen skremmes bort av 12-trinnsprogrammets ord om en «høyere makt». Det finnes ikke noe feil svar.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="414" />
        <source>Choose the answer closest to what the patient said.</source>
        <translation>Velg svaret som ligger nærmest det pasienten sa.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="416" />
        <source>The patient &amp;is</source>
        <translation>&amp;Pasienten er</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="419" />
        <source>e.g. «I want to try NA, but not alone»</source>
        <translation>f.eks. «Jeg vil prøve NA, men ikke alene»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="421" />
        <source>In their own &amp;words</source>
        <translation>Med egne &amp;ord</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="209" />
        <source>Change meeting visited</source>
        <translation>Endre besøkt møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="209" />
        <source>Meeting visited</source>
        <translation>Besøkt møte</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="214" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="218" />
        <source>Choose from the directory, or write the name below</source>
        <translation>Velg fra katalogen, eller skriv navnet nedenfor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="223" />
        <source>e.g. NA, the Tuesday meeting at the hospital</source>
        <translation>f.eks. NA, tirsdagsmøtet på sykehuset</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="224" />
        <source>Name of a group not in the directory</source>
        <translation>Navn på en gruppe som ikke er i katalogen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="225" />
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="228" />
        <source>e.g. a staff member, or alone</source>
        <translation>f.eks. en ansatt, eller alene</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="229" />
        <source>&amp;With whom</source>
        <translation>Sammen med &amp;hvem</translation>
    </message>
</context>
<context>
    <name>WardDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="17" />
        <source>Ward details</source>
        <translation>Avdelingens opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="24" />
        <source>Printed as the sender on every handover and patient's copy. The phone number is the one the kommune and the patient are told to call.</source>
        <translation>Skrives ut som avsender på hver overføring og pasientkopi. Telefonnummeret er det kommunen og pasienten får beskjed om å ringe.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="33" />
        <source>Write the ward's name.</source>
        <translation>Skriv avdelingens navn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="36" />
        <source>e.g. the health trust or the institution</source>
        <translation>f.eks. helseforetaket eller institusjonen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="39" />
        <source>A number that answers day and night, if there is one</source>
        <translation>Et nummer som svarer hele døgnet, om det finnes</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="40" />
        <source>&amp;Ward</source>
        <translation>&amp;Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="41" />
        <source>&amp;Institution</source>
        <translation>&amp;Institusjon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="42" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
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
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="326" />
        <source>Withdraw consent</source>
        <translation>Trekk tilbake samtykke</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="337" />
        <source>%1 · consent given %2</source>
        <translation>%1 · samtykke gitt %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="341" />
        <source>From the date below, no documents for this recipient can be made. The consent stays in the register, marked as withdrawn.</source>
        <translation>Fra datoen nedenfor kan det ikke lages dokumenter til denne mottakeren. Samtykket blir stående i registeret, merket som trukket tilbake.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="353" />
        <source>Withdrawn &amp;on</source>
        <translation>Trukket tilbake &amp;den</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="358" />
        <source>&amp;Withdraw</source>
        <translation>&amp;Trekk tilbake</translation>
    </message>
</context>
</TS>