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
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="77" />
        <source>No agreed actions yet. Press «New action…» to record what is to be done, by whom and by when.</source>
        <translation>Ingen avtalte tiltak ennå. Trykk «Nytt tiltak…» for å skrive ned hva som skal gjøres, av hvem og innen når.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="152" />
        <source>Remove the action «%1»?</source>
        <translation>Vil du fjerne tiltaket «%1»?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="153" />
        <source>Remove action</source>
        <translation>Fjern tiltak</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="159" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="162" />
        <source>At admission</source>
        <translation>Ved innleggelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="163" />
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="165" />
        <source>At discharge</source>
        <translation>Ved utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="170" />
        <source>Short reason for the status</source>
        <translation>Kort begrunnelse for statusen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="175" />
        <source>The patient's goal, in their own words</source>
        <translation>Pasientens mål, med egne ord</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="193" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="286" />
        <source>Show help (F1)</source>
        <translation>Vis hjelp (F1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="286" />
        <source>Hide help (F1)</source>
        <translation>Skjul hjelp (F1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="197" />
        <source>What the selected item means and how to do it</source>
        <translation>Hva det valgte punktet betyr og hvordan det gjøres</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="209" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="234" />
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="235" />
        <source>Agreed actions</source>
        <translation>Avtalte tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="263" />
        <source>Agreed actions (%1)</source>
        <translation>Avtalte tiltak (%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="294" />
        <source>Select an item to see what it means.</source>
        <translation>Velg et punkt for å se hva det betyr.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="296" />
        <source>Required before discharge.</source>
        <translation>Må være på plass før utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="296" />
        <source>Optional.</source>
        <translation>Valgfritt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="200" />
        <source>Edit item…</source>
        <translation>Rediger punkt…</translation>
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
    <name>DueTreeModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="147" />
        <source>Patient / due</source>
        <translation>Pasient / frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="148" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="149" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="150" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="151" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="157" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="223" />
        <source>%1 (overdue)</source>
        <translation>%1 (forfalt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="160" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="199" />
        <source>%n due</source>
        <translation>
            <numerusform>%n forfaller</numerusform>
            <numerusform>%n forfaller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="160" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="201" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalt</numerusform>
            <numerusform>%n forfalt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="162" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="230" />
        <source>Agreed action</source>
        <translation>Avtalt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="162" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="230" />
        <source>Checklist item</source>
        <translation>Sjekklistepunkt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="186" />
        <source>Plan responsible: %1</source>
        <translation>Ansvarlig for planen: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="225" />
        <source>%1 (today)</source>
        <translation>%1 (i dag)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="240" />
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Forfalt for %n dag siden</numerusform>
            <numerusform>Forfalt for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="242" />
        <source>Due today</source>
        <translation>Forfaller i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="243" />
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Forfaller om %n dag</numerusform>
            <numerusform>Forfaller om %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="245" />
        <source>%1

Required before discharge.</source>
        <translation>%1

Må være på plass før utskrivning.</translation>
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
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="67" />
        <source>Signed in as %1</source>
        <translation>Pålogget som %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="72" />
        <source>Discharge planner – %1</source>
        <translation>Utskrivningsplanlegger – %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="74" />
        <source>DEMO: training data, not real patients</source>
        <translation>DEMO: opplæringsdata, ikke ekte pasienter</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="78" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="79" />
        <source>&amp;New plan…</source>
        <translation>&amp;Ny plan…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="84" />
        <source>&amp;Ward overview</source>
        <translation>Avdelings&amp;oversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="88" />
        <source>This &amp;week</source>
        <translation>Denne &amp;uken</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="93" />
        <source>&amp;Find plan</source>
        <translation>&amp;Finn plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="98" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="102" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="103" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="245" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="107" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="246" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="115" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="117" />
        <source>&amp;Larger text</source>
        <translation>&amp;Større tekst</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="118" />
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre tekst</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="119" />
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="126" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="127" />
        <source>&amp;About the discharge planner</source>
        <translation>&amp;Om utskrivningsplanleggeren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="139" />
        <source>%1, version %2 (%3 items)</source>
        <translation>%1, versjon %2 (%3 punkter)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="142" />
        <source>cannot be used: %1</source>
        <translation>kan ikke brukes: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="144" />
        <source>Discharge planner, version %1</source>
        <translation>Utskrivningsplanlegger, versjon %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="145" />
        <source>Ward: %1</source>
        <translation>Avdeling: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="146" />
        <source>Signed in as: %1</source>
        <translation>Pålogget som: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="147" />
        <source>Data folder: %1</source>
        <translation>Datamappe: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="148" />
        <source>Checklist for new plans: %1</source>
        <translation>Sjekkliste for nye planer: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="150" />
        <source>Works offline. Every change is stored at once and logged with who made it.</source>
        <translation>Virker uten nett. Hver endring lagres med en gang og logges med hvem som gjorde den.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="155" />
        <source>About the discharge planner</source>
        <translation>Om utskrivningsplanleggeren</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="193" />
        <source>municipality not set</source>
        <translation>kommune ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="245" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="246" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="274" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="280" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="289" />
        <source>Plan not created</source>
        <translation>Planen ble ikke opprettet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="281" />
        <source>The plan could not be stored. Try again in a moment.

(%1)</source>
        <translation>Planen kunne ikke lagres. Prøv igjen om litt.

(%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="290" />
        <source>The ward's checklist file cannot be used:
%1</source>
        <translation>Avdelingens sjekklistefil kan ikke brukes:
%1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="311" />
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
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
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="94" />
        <source>← Ward overview</source>
        <translation>← Avdelingsoversikt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="96" />
        <source>Back to all plans (Esc or Alt+Left)</source>
        <translation>Tilbake til alle planer (Esc eller Alt+Venstre)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="126" />
        <source>Correct name, number, municipality, responsible or dates</source>
        <translation>Rett navn, fødselsnummer, kommune, ansvarlig eller datoer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="156" />
        <source>Plan areas</source>
        <translation>Planområder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="112" />
        <source>&amp;Next step (F8)</source>
        <translation>&amp;Neste steg (F8)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="115" />
        <source>Go to the most urgent open item; press again to go on to the next one (F8)</source>
        <translation>Gå til det mest hastende åpne punktet; trykk igjen for å gå videre til det neste (F8)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="124" />
        <source>Edit &amp;details…</source>
        <translation>Endre &amp;opplysninger…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="128" />
        <source>Register disc&amp;harge…</source>
        <translation>Registrer &amp;utskrivning…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="131" />
        <source>Record the discharge date, how the stay ended and each area's status then</source>
        <translation>Registrer utskrivningsdato, hvordan oppholdet endte og status per område ved utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="134" />
        <source>Re&amp;open plan…</source>
        <translation>&amp;Gjenåpne plan…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="136" />
        <source>Make a discharged plan active again (the reason is logged)</source>
        <translation>Gjør en utskrevet plan aktiv igjen (begrunnelsen logges)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="247" />
        <source>%1
%2/%3 required%4 · %5</source>
        <translation>%1
%2/%3 påkrevde%4 · %5</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="256" />
        <source>%1: %2 of %3 required items done (%4 of %5 in all); status: %6</source>
        <translation>%1: %2 av %3 påkrevde punkter ferdige (%4 av %5 i alt); status: %6</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="269" />
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="271" />
        <source>identity number not registered</source>
        <translation>fødselsnummer ikke registrert</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="275" />
        <source>planned discharge not set</source>
        <translation>planlagt utskrivning ikke fastsatt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="277" />
        <source>%n day(s) to planned discharge</source>
        <translation>
            <numerusform>%n dag til planlagt utskrivning</numerusform>
            <numerusform>%n dager til planlagt utskrivning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="279" />
        <source>%n day(s) past planned discharge</source>
        <translation>
            <numerusform>%n dag over planlagt utskrivning</numerusform>
            <numerusform>%n dager over planlagt utskrivning</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="285" />
        <source>&lt;b&gt;%1 of %2 areas ready&lt;/b&gt; · %3 of %4 checklist items done · responsible: %5</source>
        <translation>&lt;b&gt;%1 av %2 områder klare&lt;/b&gt; · %3 av %4 sjekkpunkter ferdige · ansvarlig: %5</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="298" />
        <source>Admitted %1 · planned discharge %2</source>
        <translation>Innlagt %1 · planlagt utskrivning %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="306" />
        <source>&lt;b&gt;Discharged %1&lt;/b&gt; (%2) – read only; «Reopen plan» to change it.</source>
        <translation>&lt;b&gt;Utskrevet %1&lt;/b&gt; (%2) – kan bare leses; «Gjenåpne plan» for å endre den.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="346" />
        <source>Due dates moved</source>
        <translation>Frister flyttet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="357" />
        <source>The dates of the stay changed. %n checklist item(s) got a new due date.</source>
        <translation>
            <numerusform>Datoene for oppholdet er endret. %n punkt i sjekklisten fikk ny frist.</numerusform>
            <numerusform>Datoene for oppholdet er endret. %n punkter i sjekklisten fikk ny frist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="387" />
        <source>&lt;b&gt;Next step:&lt;/b&gt; every checklist item is done or marked not applicable.</source>
        <translation>&lt;b&gt;Neste steg:&lt;/b&gt; alle sjekkpunkter er ferdige eller markert som ikke aktuelle.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="396" />
        <source>due when planned discharge is set</source>
        <translation>frist når planlagt utskrivning er satt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="401" />
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>forfalt for %n dag siden</numerusform>
            <numerusform>forfalt for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="404" />
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="407" />
        <source>&lt;b&gt;Next step %1 of %2:&lt;/b&gt; %3 – «%4», %5. Space ticks it, Enter opens it, F8 goes on.</source>
        <translation>&lt;b&gt;Neste steg %1 av %2:&lt;/b&gt; %3 – «%4», %5. Mellomrom krysser av, Enter åpner, F8 går videre.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="491" />
        <source>change to «%1»</source>
        <translation>endring av «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="492" />
        <source>status of %1</source>
        <translation>status for %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="493" />
        <source>goal for %1</source>
        <translation>mål for %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="494" />
        <source>new action «%1»</source>
        <translation>nytt tiltak «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="495" />
        <source>change to action «%1»</source>
        <translation>endring av tiltak «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="496" />
        <source>removal of action «%1»</source>
        <translation>sletting av tiltak «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="497" />
        <source>change to the plan's details</source>
        <translation>endring av planens opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="520" />
        <source>Not undone</source>
        <translation>Ikke angret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="522" />
        <source>This was changed again afterwards, so it cannot be undone or redone from here. Change it by hand instead.</source>
        <translation>Dette er endret igjen senere, så det kan ikke angres eller gjøres om herfra. Endre det for hånd i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="545" />
        <source>The change could not be stored, so it is not in the plan. Try again in a moment; if it keeps failing, tell the IT department.

(%1)</source>
        <translation>Endringen kunne ikke lagres, så den er ikke med i planen. Prøv igjen om litt. Hvis det fortsatt ikke går, si fra til IT-avdelingen.

(%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="555" />
        <source>What you changed no longer exists in the plan. The plan has been reloaded.</source>
        <translation>Det du endret, finnes ikke lenger i planen. Planen er lastet inn på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="296" />
        <source>Admitted %1 · planned discharge %2 · %3</source>
        <translation>Innlagt %1 · planlagt utskrivning %2 · %3</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="312" />
        <source>&lt;b&gt;%1&lt;/b&gt; – the plan can no longer be changed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – planen kan ikke lenger endres.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="319" />
        <source>not set</source>
        <translation>ikke fastsatt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="513" />
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="532" />
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="543" />
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="554" />
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="534" />
        <source>The plan was changed elsewhere in the meantime. It has been reloaded: check it and try again.</source>
        <translation>Planen ble endret et annet sted i mellomtiden. Den er lastet inn på nytt: se over og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="74" />
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="75" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="76" />
        <source>Admitted</source>
        <translation>Innlagt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="77" />
        <source>Planned discharge</source>
        <translation>Planlagt utskrivning</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="78" />
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="79" />
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="80" />
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="81" />
        <source>Next due</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="250" />
        <source>Discharged %1</source>
        <translation>Utskrevet %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="257" />
        <source>%n checklist item(s) or agreed action(s) past their date</source>
        <translation>
            <numerusform>%n sjekkpunkt eller tiltak har passert fristen</numerusform>
            <numerusform>%n sjekkpunkter eller tiltak har passert fristen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="82" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="83" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="224" />
        <source>not set</source>
        <translation>ikke fastsatt</translation>
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
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="182" />
        <source>Nothing of yours is due in the next 7 days, and nothing is overdue.

Untick «Only mine» to see the whole ward.</source>
        <translation>Ingenting av ditt forfaller de neste 7 dagene, og ingenting har forfalt.

Fjern haken ved «Bare mine» for å se hele avdelingen.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="189" />
        <source>Nothing is due in the next 7 days, and nothing is overdue. Well done.

New due dates appear here a week ahead.</source>
        <translation>Ingenting forfaller de neste 7 dagene, og ingenting har forfalt. Godt jobbet.

Nye frister dukker opp her en uke i forveien.</translation>
    </message>
</context>
<context>
    <name>WardOverview</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="115" />
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="117" />
        <source>Create a plan for a newly admitted patient (Ctrl+N)</source>
        <translation>Opprett en plan for en nyinnlagt pasient (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="119" />
        <source>This week</source>
        <translation>Denne uken</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="121" />
        <source>Everything due in the next 7 days or overdue (Ctrl+2)</source>
        <translation>Alt som forfaller de neste 7 dagene eller har forfalt (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="125" />
        <source>Show plans</source>
        <translation>Vis planer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="126" />
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="126" />
        <source>Discharged</source>
        <translation>Utskrevne</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="126" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="128" />
        <source>&amp;Show:</source>
        <translation>V&amp;is:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="130" />
        <source>Only &amp;mine</source>
        <translation>Bare &amp;mine</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="132" />
        <source>Only plans where you are the responsible staff member</source>
        <translation>Bare planer der du er ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="136" />
        <source>Search name or national identity number (Ctrl+F)</source>
        <translation>Søk på navn eller fødselsnummer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="290" />
        <source>You are not responsible for any of these plans. Untick «Only mine» to see all.</source>
        <translation>Du er ikke ansvarlig for noen av disse planene. Fjern haken ved «Bare mine» for å se alle.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="137" />
        <source>Search plans</source>
        <translation>Søk i planer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="154" />
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="280" />
        <source>No active plans yet.

Press «New plan» (Ctrl+N) on the day a patient is admitted: the checklist walks you through what must be in place before discharge.</source>
        <translation>Ingen aktive planer ennå.

Trykk «Ny plan» (Ctrl+N) samme dag som en pasient blir lagt inn: sjekklisten tar deg gjennom alt som må være på plass før utskrivning.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="285" />
        <source>No plans to show here. Choose «Active» or «All» above.</source>
        <translation>Ingen planer å vise her. Velg «Aktive» eller «Alle» ovenfor.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="287" />
        <source>No plan matches the search. Check the spelling or clear the search.</source>
        <translation>Ingen planer passer med søket. Sjekk stavemåten eller tøm søket.</translation>
    </message>
</context>
</TS>