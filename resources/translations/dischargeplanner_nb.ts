<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="41"/>
        <source>Agreed action</source>
        <translation>Avtalt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="41"/>
        <source>New agreed action</source>
        <translation>Nytt avtalt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="49"/>
        <source>What is to be done, e.g. «Apply for housing allowance»</source>
        <translation>Hva som skal gjøres, for eksempel «Søke bostøtte»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="51"/>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="66"/>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="57"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="61"/>
        <source>Name of the person or service, if known</source>
        <translation>Navn på person eller tjeneste, hvis kjent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="62"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="66"/>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="90"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="83"/>
        <source>No deadline</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="32"/>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="32"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="32"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="60"/>
        <source>no deadline</source>
        <translation>ingen frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="62"/>
        <source>%1 (overdue)</source>
        <translation>%1 (forfalt)</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="51"/>
        <source>New action…</source>
        <translation>Nytt tiltak…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="54"/>
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="57"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="66"/>
        <source>Agreed actions</source>
        <translation>Avtalte tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="77"/>
        <source>No agreed actions yet. Press «New action…» to record what is to be done, by whom and by when.</source>
        <translation>Ingen avtalte tiltak ennå. Trykk «Nytt tiltak…» for å skrive ned hva som skal gjøres, av hvem og innen når.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="145"/>
        <source>Remove the action «%1»?</source>
        <translation>Vil du fjerne tiltaket «%1»?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="146"/>
        <source>Remove action</source>
        <translation>Fjern tiltak</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="149"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="152"/>
        <source>At admission</source>
        <translation>Ved innleggelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="153"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="155"/>
        <source>Short reason for the status</source>
        <translation>Kort begrunnelse for statusen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="160"/>
        <source>The patient&apos;s goal, in their own words</source>
        <translation>Pasientens mål, med egne ord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="187"/>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="202"/>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="203"/>
        <source>Agreed actions</source>
        <translation>Avtalte tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="228"/>
        <source>Agreed actions (%1)</source>
        <translation>Avtalte tiltak (%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="178"/>
        <source>Edit item…</source>
        <translation>Rediger punkt…</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="41"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="42"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="43"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="44"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="45"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="46"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="98"/>
        <source>when discharge is set</source>
        <translation>når utskrivningsdato er fastsatt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="112"/>
        <source>Required before discharge.</source>
        <translation>Må være på plass før utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="115"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="120"/>
        <source>Last changed by %1 on %2</source>
        <translation>Sist endret %2 av %1</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="39"/>
        <source>Checklist item</source>
        <translation>Sjekklistepunkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="50"/>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="74"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="54"/>
        <source>Why the item does not apply to this patient</source>
        <translation>Hvorfor punktet ikke er aktuelt for denne pasienten</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="56"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="62"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="66"/>
        <source>Name of the person, if known</source>
        <translation>Navn på personen, hvis kjent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="67"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="72"/>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="74"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="99"/>
        <source>Last changed by %1 on %2</source>
        <translation>Sist endret %2 av %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="54"/>
        <source>Signed in as %1</source>
        <translation>Pålogget som %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="59"/>
        <source>Discharge planner – %1</source>
        <translation>Utskrivningsplanlegger – %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="61"/>
        <source>DEMO: training data, not real patients</source>
        <translation>DEMO: opplæringsdata, ikke ekte pasienter</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="65"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="66"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Ny plan…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="71"/>
        <source>&amp;Ward overview</source>
        <translation>Avdelings&amp;oversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="80"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="81"/>
        <source>&amp;About the discharge planner</source>
        <translation>&amp;Om utskrivningsplanleggeren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="93"/>
        <source>%1, version %2 (%3 items)</source>
        <translation>%1, versjon %2 (%3 punkter)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="96"/>
        <source>cannot be used: %1</source>
        <translation>kan ikke brukes: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="98"/>
        <source>Discharge planner, version %1</source>
        <translation>Utskrivningsplanlegger, versjon %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="99"/>
        <source>Ward: %1</source>
        <translation>Avdeling: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="100"/>
        <source>Signed in as: %1</source>
        <translation>Pålogget som: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="101"/>
        <source>Data folder: %1</source>
        <translation>Datamappe: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="102"/>
        <source>Checklist for new plans: %1</source>
        <translation>Sjekkliste for nye planer: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="104"/>
        <source>Works offline. Every change is stored at once and logged with who made it.</source>
        <translation>Virker uten nett. Hver endring lagres med en gang og logges med hvem som gjorde den.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="109"/>
        <source>About the discharge planner</source>
        <translation>Om utskrivningsplanleggeren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="134"/>
        <source>municipality not set</source>
        <translation>kommune ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="164"/>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="170"/>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="179"/>
        <source>Plan not created</source>
        <translation>Planen ble ikke opprettet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="171"/>
        <source>The plan could not be stored. Try again in a moment.

(%1)</source>
        <translation>Planen kunne ikke lagres. Prøv igjen om litt.

(%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="180"/>
        <source>The ward&apos;s checklist file cannot be used:
%1</source>
        <translation>Avdelingens sjekklistefil kan ikke brukes:
%1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="194"/>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="82"/>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="101"/>
        <source>Patient&apos;s name</source>
        <translation>Pasientens navn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="105"/>
        <source>11 digits, or leave empty if not known yet</source>
        <translation>11 siffer, eller la stå tomt hvis det ikke er kjent ennå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="106"/>
        <source>National identity number</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="110"/>
        <source>dd.mm.yyyy (when there is no number)</source>
        <translation>dd.mm.åååå (når fødselsnummer mangler)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="111"/>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="115"/>
        <source>Type the name or number of the municipality</source>
        <translation>Skriv kommunenavn eller kommunenummer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="116"/>
        <source>Home municipality</source>
        <translation>Hjemkommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="120"/>
        <source>Ward</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="124"/>
        <source>Responsible staff member</source>
        <translation>Ansvarlig medarbeider</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="127"/>
        <source>Admission date</source>
        <translation>Innleggelsesdato</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="134"/>
        <source>Not set yet</source>
        <translation>Ikke fastsatt ennå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="140"/>
        <source>Planned discharge</source>
        <translation>Planlagt utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="146"/>
        <source>Create plan</source>
        <translation>Opprett plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="242"/>
        <source>Plan details</source>
        <translation>Opplysninger om planen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="243"/>
        <source>Save changes</source>
        <translation>Lagre endringene</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="76"/>
        <source>← Ward overview</source>
        <translation>← Avdelingsoversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="78"/>
        <source>Back to all plans (Esc or Alt+Left)</source>
        <translation>Tilbake til alle planer (Esc eller Alt+Venstre)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="88"/>
        <source>Edit details…</source>
        <translation>Endre opplysninger…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="90"/>
        <source>Correct name, number, municipality, responsible or dates</source>
        <translation>Rett navn, fødselsnummer, kommune, ansvarlig eller datoer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="98"/>
        <source>Plan areas</source>
        <translation>Planområder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="167"/>
        <source>%1: %2 of %3 items done; status now: %4</source>
        <translation>%1: %2 av %3 punkter ferdige; status nå: %4</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="178"/>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="180"/>
        <source>identity number not registered</source>
        <translation>fødselsnummer ikke registrert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="184"/>
        <source>planned discharge not set</source>
        <translation>planlagt utskrivning ikke fastsatt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="186"/>
        <source>%n day(s) to planned discharge</source>
        <translation>
            <numerusform>%n dag til planlagt utskrivning</numerusform>
            <numerusform>%n dager til planlagt utskrivning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="188"/>
        <source>%n day(s) past planned discharge</source>
        <translation>
            <numerusform>%n dag over planlagt utskrivning</numerusform>
            <numerusform>%n dager over planlagt utskrivning</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="238"/>
        <source>Due dates moved</source>
        <translation>Frister flyttet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="249"/>
        <source>The dates of the stay changed. %n checklist item(s) got a new due date.</source>
        <translation>
            <numerusform>Datoene for oppholdet er endret. %n punkt i sjekklisten fikk ny frist.</numerusform>
            <numerusform>Datoene for oppholdet er endret. %n punkter i sjekklisten fikk ny frist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="282"/>
        <source>The change could not be stored, so it is not in the plan. Try again in a moment; if it keeps failing, tell the IT department.

(%1)</source>
        <translation>Endringen kunne ikke lagres, så den er ikke med i planen. Prøv igjen om litt. Hvis det fortsatt ikke går, si fra til IT-avdelingen.

(%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="292"/>
        <source>What you changed no longer exists in the plan. The plan has been reloaded.</source>
        <translation>Det du endret, finnes ikke lenger i planen. Planen er lastet inn på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="193"/>
        <source>Admitted %1 · planned discharge %2 · %3</source>
        <translation>Innlagt %1 · planlagt utskrivning %2 · %3</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="197"/>
        <source>%1 of %2 checklist items done · responsible: %3</source>
        <translation>%1 av %2 sjekklistepunkter ferdige · ansvarlig: %3</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="204"/>
        <source>&lt;b&gt;%1&lt;/b&gt; – the plan can no longer be changed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – planen kan ikke lenger endres.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="211"/>
        <source>not set</source>
        <translation>ikke fastsatt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="262"/>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="269"/>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="280"/>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="291"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="271"/>
        <source>The plan was changed elsewhere in the meantime. It has been reloaded: check it and try again.</source>
        <translation>Planen ble endret et annet sted i mellomtiden. Den er lastet inn på nytt: se over og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="42"/>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="43"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="44"/>
        <source>Admitted</source>
        <translation>Innlagt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="45"/>
        <source>Planned discharge</source>
        <translation>Planlagt utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="46"/>
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="47"/>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="48"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="91"/>
        <source>not set</source>
        <translation>ikke fastsatt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="108"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="22"/>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="23"/>
        <source>Green</source>
        <translation>Grønn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="24"/>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="25"/>
        <source>Red</source>
        <translation>Rød</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="32"/>
        <source>Not assessed yet</source>
        <translation>Ikke vurdert ennå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="33"/>
        <source>Green: no problem</source>
        <translation>Grønn: ikke noe problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="34"/>
        <source>Yellow: some problem</source>
        <translation>Gul: noe problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="35"/>
        <source>Red: serious problem</source>
        <translation>Rød: alvorlig problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="41"/>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="42"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="43"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="44"/>
        <source>Not applicable</source>
        <translation>Ikke aktuelt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="50"/>
        <source>Ward</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="51"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="52"/>
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="53"/>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="54"/>
        <source>Next of kin</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="60"/>
        <source>Open</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="61"/>
        <source>Carried out</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="62"/>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="68"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="69"/>
        <source>Discharged</source>
        <translation>Utskrevet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="70"/>
        <source>Archived</source>
        <translation>Arkivert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="77"/>
        <source>Write the patient&apos;s name.</source>
        <translation>Skriv pasientens navn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="78"/>
        <source>A national identity number has only digits.</source>
        <translation>Et fødselsnummer består bare av siffer.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="79"/>
        <source>A national identity number has 11 digits.</source>
        <translation>Et fødselsnummer har 11 siffer.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="81"/>
        <source>The first six digits are not a possible date of birth (DDMMYY).</source>
        <translation>De seks første sifrene er ikke en mulig fødselsdato (DDMMÅÅ).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="84"/>
        <source>The check digits do not match: one of the digits is probably mistyped.</source>
        <translation>Kontrollsifrene stemmer ikke: trolig er ett av sifrene skrevet feil.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="89"/>
        <source>The date of birth does not match the national identity number.</source>
        <translation>Fødselsdatoen stemmer ikke med fødselsnummeret.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="91"/>
        <source>The date of birth is in the future.</source>
        <translation>Fødselsdatoen er fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="93"/>
        <source>Write the date as dd.mm.yyyy, for example 24.12.1985.</source>
        <translation>Skriv datoen som dd.mm.åååå, for eksempel 24.12.1985.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="95"/>
        <source>Choose a municipality from the list.</source>
        <translation>Velg en kommune fra listen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="96"/>
        <source>Write the name of the ward.</source>
        <translation>Skriv navnet på avdelingen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="97"/>
        <source>Write who is responsible for the plan.</source>
        <translation>Skriv hvem som er ansvarlig for planen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="99"/>
        <source>Planned discharge cannot be before admission.</source>
        <translation>Planlagt utskrivning kan ikke være før innleggelse.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="101"/>
        <source>Say why the item does not apply.</source>
        <translation>Skriv hvorfor punktet ikke er aktuelt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="102"/>
        <source>Describe what is to be done.</source>
        <translation>Beskriv hva som skal gjøres.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="104"/>
        <source>The patient has been discharged; the plan can no longer be changed.</source>
        <translation>Pasienten er utskrevet, og planen kan ikke lenger endres.</translation>
    </message>
</context>
<context>
    <name>WardOverview</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="103"/>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="105"/>
        <source>Create a plan for a newly admitted patient (Ctrl+N)</source>
        <translation>Opprett en plan for en nyinnlagt pasient (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="109"/>
        <source>Show plans</source>
        <translation>Vis planer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="110"/>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="110"/>
        <source>Discharged</source>
        <translation>Utskrevne</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="110"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="114"/>
        <source>Search name or national identity number</source>
        <translation>Søk på navn eller fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="115"/>
        <source>Search plans</source>
        <translation>Søk i planer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="120"/>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="129"/>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="197"/>
        <source>No active plans yet.

Press «New plan» (Ctrl+N) on the day a patient is admitted: the checklist walks you through what must be in place before discharge.</source>
        <translation>Ingen aktive planer ennå.

Trykk «Ny plan» (Ctrl+N) samme dag som en pasient blir lagt inn: sjekklisten tar deg gjennom alt som må være på plass før utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="202"/>
        <source>No plans to show here. Choose «Active» or «All» above.</source>
        <translation>Ingen planer å vise her. Velg «Aktive» eller «Alle» ovenfor.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="204"/>
        <source>No plan matches the search. Check the spelling or clear the search.</source>
        <translation>Ingen planer passer med søket. Sjekk stavemåten eller tøm søket.</translation>
    </message>
</context>
</TS>
