<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessDetails</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="160" />
        <source>action no. %1</source>
        <translation>action no. %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="164" />
        <source>meeting no. %1</source>
        <translation>meeting no. %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="168" />
        <source>contact no. %1</source>
        <translation>contact no. %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="202" />
        <source>checklist item «%1»</source>
        <translation>checklist item «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="216" />
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="272" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="307" />
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="309" />
        <source>no contract</source>
        <translation>no contract</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="316" />
        <source>followed %1</source>
        <translation>followed %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="349" />
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="359" />
        <source>new: %1, changed: %2</source>
        <translation>new: %1, changed: %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="376" />
        <source>%1, new role: %2</source>
        <translation>%1, new role: %2</translation>
    </message>
</context>
<context>
    <name>AccessLog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="62" />
        <source>Opened the plan</source>
        <translation>Opened the plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="63" />
        <source>Created the plan</source>
        <translation>Created the plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="64" />
        <source>Changed the patient's or the stay's details</source>
        <translation>Changed the patient's or the stay's details</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="65" />
        <source>Registered the discharge</source>
        <translation>Registered the discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="66" />
        <source>Reopened the plan</source>
        <translation>Reopened the plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="67" />
        <source>Changed the plan's status</source>
        <translation>Changed the plan's status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="68" />
        <source>Changed a checklist item</source>
        <translation>Changed a checklist item</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="69" />
        <source>Changed an area's status or goal</source>
        <translation>Changed an area's status or goal</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="70" />
        <source>Changed an agreed action</source>
        <translation>Changed an agreed action</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="71" />
        <source>Changed a consent</source>
        <translation>Changed a consent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="72" />
        <source>Changed an appointment</source>
        <translation>Changed an appointment</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="73" />
        <source>Changed the cooperation with the municipality</source>
        <translation>Changed the cooperation with the municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="74" />
        <source>Changed a meeting or its minutes</source>
        <translation>Changed a meeting or its minutes</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="75" />
        <source>Changed the crisis plan</source>
        <translation>Changed the crisis plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="76" />
        <source>Changed children and family</source>
        <translation>Changed children and family</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="77" />
        <source>Changed self-help</source>
        <translation>Changed self-help</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="78" />
        <source>Changed the self-help group directory</source>
        <translation>Changed the self-help group directory</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="79" />
        <source>Recorded the call after discharge</source>
        <translation>Recorded the call after discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="80" />
        <source>Changed a user account</source>
        <translation>Changed a user account</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="81" />
        <source>Restored the database from a backup</source>
        <translation>Restored the database from a backup</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="82" />
        <source>Undid a change</source>
        <translation>Undid a change</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="83" />
        <source>Redid a change</source>
        <translation>Redid a change</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="84" />
        <source>Printed a document</source>
        <translation>Printed a document</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="85" />
        <source>Saved a document as PDF</source>
        <translation>Saved a document as PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="86" />
        <source>Saved meeting minutes as PDF</source>
        <translation>Saved meeting minutes as PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="87" />
        <source>Saved the access extract as PDF</source>
        <translation>Saved the access extract as PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="88" />
        <source>Printed or saved a document</source>
        <translation>Printed or saved a document</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="89" />
        <source>Other action (%1)</source>
        <translation>Other action (%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="93" />
        <source>its content was changed after it was written</source>
        <translation>its content was changed after it was written</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="94" />
        <source>it does not follow the row before it: a row may have been removed or inserted</source>
        <translation>it does not follow the row before it: a row may have been removed or inserted</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="97" />
        <source>it was written without its checksum, outside the program</source>
        <translation>it was written without its checksum, outside the program</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="117" />
        <source>The log is whole (rows checked: %1).</source>
        <translation>The log is whole (rows checked: %1).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="122" />
        <source>Warning: the log is broken at row %1 – %2. Rows may have been changed or removed outside the program; tell whoever is responsible for information security.</source>
        <translation>Warning: the log is broken at row %1 – %2. Rows may have been changed or removed outside the program; tell whoever is responsible for information security.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="144" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="145" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="146" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="147" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="148" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="246" />
        <source>The access log is for administrators. Ask an administrator if a patient wants to know who has opened their plan.</source>
        <translation>The access log is for administrators. Ask an administrator if a patient wants to know who has opened their plan.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="262" />
        <source>← Ward overview</source>
        <translation>← Ward overview</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="263" />
        <source>Back to all plans (Esc)</source>
        <translation>Back to all plans (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="264" />
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="347" />
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="279" />
        <source>Every time a plan was opened, changed, printed or saved as a document: who and when. Nobody can change or remove a row; the check below shows whether the log is whole.</source>
        <translation>Every time a plan was opened, changed, printed or saved as a document: who and when. Nobody can change or remove a row; the check below shows whether the log is whole.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="291" />
        <source>No entries match these filters. Widen the period or clear the filters.</source>
        <translation>No entries match these filters. Widen the period or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="311" />
        <source>Part of the patient's name</source>
        <translation>Part of the patient's name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="319" />
        <source>Show &amp;everything</source>
        <translation>Show &amp;everything</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="321" />
        <source>Every user and patient, from the first row of the log</source>
        <translation>Every user and patient, from the first row of the log</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="324" />
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="325" />
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="326" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="327" />
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="370" />
        <source>Access e&amp;xtract for the selected patient…</source>
        <translation>Access e&amp;xtract for the selected patient…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="373" />
        <source>The patient's own copy (innsynslogg) as PDF: who opened or changed their plan, and when</source>
        <translation>The patient's own copy (innsynslogg) as PDF: who opened or changed their plan, and when</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="376" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="378" />
        <source>Read the log again and check it (F5)</source>
        <translation>Read the log again and check it (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="415" />
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="454" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="493" />
        <source>No extract</source>
        <translation>No extract</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="494" />
        <source>The plan no longer exists, so there is nothing to extract.</source>
        <translation>The plan no longer exists, so there is nothing to extract.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="498" />
        <source>Save access extract as PDF</source>
        <translation>Save access extract as PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="498" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="507" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="508" />
        <source>The PDF could not be written to %1. %2 Nothing was written.</source>
        <translation>The PDF could not be written to %1. %2 Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="516" />
        <source>Not logged</source>
        <translation>Not logged</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="517" />
        <source>The PDF was written to %1, but its export could not be logged (%2).</source>
        <translation>The PDF was written to %1, but its export could not be logged (%2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="522" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_log_view.py" line="522" />
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="43" />
        <source>Agreed action</source>
        <translation>Agreed action</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="43" />
        <source>New agreed action</source>
        <translation>New agreed action</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="52" />
        <source>What is to be done, e.g. «Apply for housing allowance»</source>
        <translation>What is to be done, e.g. «Apply for housing allowance»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="54" />
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="70" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="60" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="65" />
        <source>Name of the person or service, if known</source>
        <translation>Name of the person or service, if known</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="66" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="70" />
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="94" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/action_dialog.py" line="87" />
        <source>No deadline</source>
        <translation>No deadline</translation>
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
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="32" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="32" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="32" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="60" />
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/action_model.py" line="62" />
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="51" />
        <source>New action…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="54" />
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="57" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="66" />
        <source>Agreed actions</source>
        <translation>Agreed actions</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="78" />
        <source>No agreed actions yet. Press «New action…» to record what is to be done, by whom and by when.</source>
        <translation>No agreed actions yet. Press «New action…» to record what is to be done, by whom and by when.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="153" />
        <source>Remove the action «%1»?</source>
        <translation>Remove the action «%1»?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/actions_panel.py" line="154" />
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="72" />
        <source>Change appointment</source>
        <translation>Change appointment</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="72" />
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="105" />
        <source>e.g. «Appointment with the GP» or «First NA group meeting»</source>
        <translation>e.g. «Appointment with the GP» or «First NA group meeting»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="107" />
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="117" />
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="123" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="126" />
        <source>Agreed &amp;time</source>
        <translation>Agreed &amp;time</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="132" />
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="136" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="141" />
        <source>Wit&amp;h whom</source>
        <translation>Wit&amp;h whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="144" />
        <source>Person or service, e.g. the GP or the NAV adviser</source>
        <translation>Person or service, e.g. the GP or the NAV adviser</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="148" />
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="151" />
        <source>Address or name of the place</source>
        <translation>Address or name of the place</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="155" />
        <source>Ph&amp;one</source>
        <translation>Ph&amp;one</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="158" />
        <source>Number to call if the time must be changed</source>
        <translation>Number to call if the time must be changed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="163" />
        <source>What the patient should bring or remember</source>
        <translation>What the patient should bring or remember</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="165" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="193" />
        <source>The date is before admission (%1).</source>
        <translation>The date is before admission (%1).</translation>
    </message>
</context>
<context>
    <name>AppointmentModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="144" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="145" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="146" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="147" />
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="148" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="149" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="220" />
        <source>Appointments after discharge</source>
        <translation>Appointments after discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="223" />
        <source>GP, NAV, the kommune, a first self-help meeting: date, time, place and phone go into the handover (under consent) and, in plain words, into the patient's copy.</source>
        <translation>GP, NAV, the kommune, a first self-help meeting: date, time, place and phone go into the handover (under consent) and, in plain words, into the patient's copy.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="227" />
        <source>No appointments yet. Add the first with «New appointment…».</source>
        <translation>No appointments yet. Add the first with «New appointment…».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="228" />
        <source>&amp;New appointment…</source>
        <translation>&amp;New appointment…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="230" />
        <source>Chan&amp;ge…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="233" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="273" />
        <source>Remove appointment</source>
        <translation>Remove appointment</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="274" />
        <source>Remove the appointment «%1»?</source>
        <translation>Remove the appointment «%1»?</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="47" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="186" />
        <source>At admission</source>
        <translation>At admission</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="48" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="187" />
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="183" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="189" />
        <source>At discharge</source>
        <translation>At discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="194" />
        <source>Short reason for the status</source>
        <translation>Short reason for the status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="199" />
        <source>The patient's goal, in their own words</source>
        <translation>The patient's goal, in their own words</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="217" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="323" />
        <source>Show help (F1)</source>
        <translation>Show help (F1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="221" />
        <source>What the selected item means and how to do it</source>
        <translation>What the selected item means and how to do it</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="224" />
        <source>Edit item…</source>
        <translation>Edit item…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="233" />
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="259" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="260" />
        <source>Agreed actions</source>
        <translation>Agreed actions</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="290" />
        <source>Agreed actions (%1)</source>
        <translation>Agreed actions (%1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="323" />
        <source>Hide help (F1)</source>
        <translation>Hide help (F1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="331" />
        <source>Select an item to see what it means.</source>
        <translation>Select an item to see what it means.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="333" />
        <source>Required before discharge.</source>
        <translation>Required before discharge.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/area_page.py" line="333" />
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
</context>
<context>
    <name>AreaSlide</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="200" />
        <source>The patient's goal</source>
        <translation>The patient's goal</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="201" />
        <source>Open checklist items</source>
        <translation>Open checklist items</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="202" />
        <source>Open agreed actions</source>
        <translation>Open agreed actions</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="213" />
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="216" />
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="217" />
        <source>What was said and agreed about this area</source>
        <translation>What was said and agreed about this area</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="221" />
        <source>New decision (Ctrl+Enter adds it)</source>
        <translation>New decision (Ctrl+Enter adds it)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="226" />
        <source>Decisions made here</source>
        <translation>Decisions made here</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="229" />
        <source>Decisions made here (Delete takes one back)</source>
        <translation>Decisions made here (Delete takes one back)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="233" />
        <source>No decisions in this area yet.</source>
        <translation>No decisions in this area yet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="242" />
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="243" />
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="246" />
        <source>Who is responsible</source>
        <translation>Who is responsible</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="249" />
        <source>Name of the person or service</source>
        <translation>Name of the person or service</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="250" />
        <source>Name, if known</source>
        <translation>Name, if known</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="253" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="254" />
        <source>Deadline (optional)</source>
        <translation>Deadline (optional)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="255" />
        <source>dd.mm.yyyy, e.g. 24.12.2026</source>
        <translation>dd.mm.yyyy, e.g. 24.12.2026</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="256" />
        <source>Add decision</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="280" />
        <source>No goal written down yet.</source>
        <translation>No goal written down yet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="289" />
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="291" />
        <source>decided %1</source>
        <translation>decided %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="293" />
        <source>None open.</source>
        <translation>None open.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="313" />
        <source>Every checklist item is done or does not apply.</source>
        <translation>Every checklist item is done or does not apply.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="314" />
        <source>(required)</source>
        <translation>(required)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="316" />
        <source>%n open, %1 of them required</source>
        <translation>
            <numerusform>%n open, %1 required</numerusform>
            <numerusform>%n open, %1 of them required</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="327" />
        <source>Describe what is to be done.</source>
        <translation>Describe what is to be done.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_slides.py" line="332" />
        <source>Write the deadline as dd.mm.yyyy, or leave it empty.</source>
        <translation>Write the deadline as dd.mm.yyyy, or leave it empty.</translation>
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
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="69" />
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="70" />
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="71" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="101" />
        <source>This backup cannot be read: it is damaged, or was taken under another key. It cannot be restored.</source>
        <translation>This backup cannot be read: it is damaged, or was taken under another key. It cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="157" />
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="195" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="166" />
        <source>A backup of all plans is taken when the program starts, once a day, and whenever you choose «Back up now». Backups are encrypted like the plans themselves. The %1 newest are kept, and the first backup of each month for a year.</source>
        <translation>A backup of all plans is taken when the program starts, once a day, and whenever you choose «Back up now». Backups are encrypted like the plans themselves. The %1 newest are kept, and the first backup of each month for a year.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="173" />
        <source>There are no backups yet. Take the first one with «Back up now».</source>
        <translation>There are no backups yet. Take the first one with «Back up now».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="216" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="218" />
        <source>Take a backup of all plans as they are now</source>
        <translation>Take a backup of all plans as they are now</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="220" />
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="223" />
        <source>Go back to the selected backup; the data as it is now is set aside, not deleted</source>
        <translation>Go back to the selected backup; the data as it is now is set aside, not deleted</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="269" />
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="273" />
        <source>No backup taken</source>
        <translation>No backup taken</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="272" />
        <source>The backup could not be taken (%1). Nothing was changed in the plans.</source>
        <translation>The backup could not be taken (%1). Nothing was changed in the plans.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="277" />
        <source>Backup taken %1 with %n plans.</source>
        <translation>
            <numerusform>Backup taken %1 with %n plan.</numerusform>
            <numerusform>Backup taken %1 with %n plans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="289" />
        <source>Restore the backup from %1 (%n plans)?

The data as it is now is set aside in the data folder, not deleted. What was recorded after %1 is then no longer shown. The program opens the restored data at once.</source>
        <translation>
            <numerusform>Restore the backup from %1 (%n plan)?

The data as it is now is set aside in the data folder, not deleted. What was recorded after %1 is then no longer shown. The program opens the restored data at once.</numerusform>
            <numerusform>Restore the backup from %1 (%n plans)?

The data as it is now is set aside in the data folder, not deleted. What was recorded after %1 is then no longer shown. The program opens the restored data at once.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="295" />
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="304" />
        <source>The backup could not be restored (%1).</source>
        <translation>The backup could not be restored (%1).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="305" />
        <source>Nothing was lost: the data as it was is still in use.</source>
        <translation>Nothing was lost: the data as it was is still in use.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/backup_dialog.py" line="306" />
        <source>Not restored</source>
        <translation>Not restored</translation>
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
        <translation>Stored because the patient consents to barnevern being involved or informed in the ansvarsgruppe. If the consent is withdrawn, these details are deleted.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="256" />
        <source>Barnevern &amp;involved</source>
        <translation>Barnevern &amp;involved</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="260" />
        <source>e.g. caseworker's name, barneverntjenesten in the kommune</source>
        <translation>e.g. caseworker's name, barneverntjenesten in the kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="261" />
        <source>&amp;Caseworker and office</source>
        <translation>&amp;Caseworker and office</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="263" />
        <source>What barnevern does, what is agreed</source>
        <translation>What barnevern does, what is agreed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="265" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="30" />
        <source>Change follow-up call</source>
        <translation>Change follow-up call</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="30" />
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="38" />
        <source>Ask how things are going since discharge: housing, money, the first appointments, self-help, cravings. Did the municipality get the handover? Agree on what happens next.</source>
        <translation>Ask how things are going since discharge: housing, money, the first appointments, self-help, cravings. Did the municipality get the handover? Agree on what happens next.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="44" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="48" />
        <source>&amp;By whom</source>
        <translation>&amp;By whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="53" />
        <source>e.g. staying with his sister, sleeping badly, has not used</source>
        <translation>e.g. staying with his sister, sleeping badly, has not used</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="55" />
        <source>&amp;How things are</source>
        <translation>&amp;How things are</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="60" />
        <source>e.g. the GP appointment is moved to Friday; the municipality's contact visits on Monday</source>
        <translation>e.g. the GP appointment is moved to Friday; the municipality's contact visits on Monday</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="63" />
        <source>What was &amp;arranged</source>
        <translation>What was &amp;arranged</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="64" />
        <source>Anything else worth knowing</source>
        <translation>Anything else worth knowing</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="65" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="71" />
        <source>&amp;Yes, we talked</source>
        <translation>&amp;Yes, we talked</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="73" />
        <source>N&amp;o, not reached</source>
        <translation>N&amp;o, not reached</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="82" />
        <source>Was the patient reached?</source>
        <translation>Was the patient reached?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/call_dialog.py" line="84" />
        <source>Patient reached</source>
        <translation>Patient reached</translation>
    </message>
</context>
<context>
    <name>CarePanels</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="68" />
        <source>Individual plan and ansvarsgruppe</source>
        <translation>Individual plan and ansvarsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="70" />
        <source>Crisis plan</source>
        <translation>Crisis plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="72" />
        <source>Children and family</source>
        <translation>Children and family</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="75" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="78" />
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="81" />
        <source>User-controlled bed, return and unplanned discharge</source>
        <translation>User-controlled bed, return and unplanned discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="114" />
        <source>Discharged unplanned: follow the procedure and mark it as followed (%1 → %2).</source>
        <translation>Discharged unplanned: follow the procedure and mark it as followed (%1 → %2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="121" />
        <source>Follow-up call to the patient due %1 (%2 → %3).</source>
        <translation>Follow-up call to the patient due %1 (%2 → %3).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="133" />
        <source>No named person responsible in the kommune yet (%1 → %2).</source>
        <translation>No named person responsible in the kommune yet (%1 → %2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/care_panels.py" line="141" />
        <source>No procedure recorded for an unplanned discharge: who at the kommune must be told (%1 → %2).</source>
        <translation>No procedure recorded for an unplanned discharge: who at the kommune must be told (%1 → %2).</translation>
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
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="70" />
        <source>Not undone</source>
        <translation>Not undone</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="72" />
        <source>This was changed again afterwards, so it cannot be undone or redone from here. Change it by hand instead.</source>
        <translation>This was changed again afterwards, so it cannot be undone or redone from here. Change it by hand instead.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="87" />
        <source>What you changed no longer exists in the plan. The plan has been reloaded.</source>
        <translation>What you changed no longer exists in the plan. The plan has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="98" />
        <source>The plan has been reloaded.</source>
        <translation>The plan has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="102" />
        <source>Reload the plan to see what is stored now (your change is then left out), or store your change on top of it: what the other person changed elsewhere in the plan is kept.</source>
        <translation>Reload the plan to see what is stored now (your change is then left out), or store your change on top of it: what the other person changed elsewhere in the plan is kept.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="107" />
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="109" />
        <source>&amp;Store mine anyway</source>
        <translation>&amp;Store mine anyway</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="110" />
        <source>&amp;Reload the plan</source>
        <translation>&amp;Reload the plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="120" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="59" />
        <source>change to «%1»</source>
        <translation>change to «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="121" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="60" />
        <source>status of %1</source>
        <translation>status of %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="122" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="61" />
        <source>goal for %1</source>
        <translation>goal for %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="123" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="62" />
        <source>new action «%1»</source>
        <translation>new action «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="124" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="63" />
        <source>change to action «%1»</source>
        <translation>change to action «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="125" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="64" />
        <source>removal of action «%1»</source>
        <translation>removal of action «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="126" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="65" />
        <source>change to the plan's details</source>
        <translation>change to the plan's details</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="135" />
        <source>The plan was changed elsewhere after you opened it.</source>
        <translation>The plan was changed elsewhere after you opened it.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="145" />
        <source>%1 changed the plan %2, after you opened it: %3.</source>
        <translation>%1 changed the plan %2, after you opened it: %3.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="151" />
        <source>There were %1 changes in all.</source>
        <translation>There were %1 changes in all.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/change_runner.py" line="153" />
        <source>Your change has not been stored, and nothing was overwritten.</source>
        <translation>Your change has not been stored, and nothing was overwritten.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="41" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="42" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="43" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="44" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="45" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="46" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="98" />
        <source>when discharge is set</source>
        <translation>when discharge is set</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="112" />
        <source>Required before discharge.</source>
        <translation>Required before discharge.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="115" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/checklist_model.py" line="120" />
        <source>Last changed by %1 on %2</source>
        <translation>Last changed by %1 on %2</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="86" />
        <source>Change child</source>
        <translation>Change child</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="86" />
        <source>New child</source>
        <translation>New child</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="92" />
        <source>Children are next of kin in their own right. First name or initials are enough; say who the child lives with and who cares for the child while the patient is here.</source>
        <translation>Children are next of kin in their own right. First name or initials are enough; say who the child lives with and who cares for the child while the patient is here.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="100" />
        <source>First name or &amp;initials</source>
        <translation>First name or &amp;initials</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="105" />
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="108" />
        <source>&amp;Birth year</source>
        <translation>&amp;Birth year</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="112" />
        <source>e.g. the patient, the other parent, a foster home</source>
        <translation>e.g. the patient, the other parent, a foster home</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="113" />
        <source>&amp;Lives with</source>
        <translation>&amp;Lives with</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="117" />
        <source>e.g. the other parent, grandmother</source>
        <translation>e.g. the other parent, grandmother</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="118" />
        <source>&amp;Cared for during the stay by</source>
        <translation>&amp;Cared for during the stay by</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="119" />
        <source>What the child knows, needs, worries about</source>
        <translation>What the child knows, needs, worries about</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="120" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="134" />
        <source>%n year(s) old this year</source>
        <translation>
            <numerusform>%n year old this year</numerusform>
            <numerusform>%n years old this year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingSlide</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="140" />
        <source>Decisions made at this meeting</source>
        <translation>Decisions made at this meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="146" />
        <source>&amp;Mark the meeting as held</source>
        <translation>&amp;Mark the meeting as held</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="149" />
        <source>Store and &amp;close (Esc)</source>
        <translation>Store and &amp;close (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="163" />
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="172" />
        <source>No decisions yet.</source>
        <translation>No decisions yet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="175" />
        <source>The meeting is marked as held on %1.</source>
        <translation>The meeting is marked as held on %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="177" />
        <source>The meeting is not marked as held yet.</source>
        <translation>The meeting is not marked as held yet.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="111" />
        <source>Change consent</source>
        <translation>Change consent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="111" />
        <source>New consent</source>
        <translation>New consent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="127" />
        <source>The patient decides what may be shared, and with whom. The consent covers only the areas ticked below (helsepersonelloven § 22).</source>
        <translation>The patient decides what may be shared, and with whom. The consent covers only the areas ticked below (helsepersonelloven § 22).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="132" />
        <source>Withdrawn %1: no documents for this recipient from that date.</source>
        <translation>Withdrawn %1: no documents for this recipient from that date.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="163" />
        <source>Recipient &amp;kind</source>
        <translation>Recipient &amp;kind</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="168" />
        <source>&amp;Recipient</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="178" />
        <source>The handover and the meeting minutes for this recipient are written in this standard. Many kommuner write Nynorsk.</source>
        <translation>The handover and the meeting minutes for this recipient are written in this standard. Many kommuner write Nynorsk.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="182" />
        <source>for the handover and minutes to this recipient</source>
        <translation>for the handover and minutes to this recipient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="183" />
        <source>Written &amp;in</source>
        <translation>Written &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="200" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="200" />
        <source>Tick all areas</source>
        <translation>Tick all areas</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="202" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="202" />
        <source>Untick all areas</source>
        <translation>Untick all areas</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="207" />
        <source>&amp;Areas</source>
        <translation>&amp;Areas</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="220" />
        <source>&amp;Given</source>
        <translation>&amp;Given</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="221" />
        <source>&amp;Written</source>
        <translation>&amp;Written</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="223" />
        <source>&amp;Oral</source>
        <translation>&amp;Oral</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="226" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="231" />
        <source>&amp;Noted by</source>
        <translation>&amp;Noted by</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="236" />
        <source>Has an &amp;expiry date</source>
        <translation>Has an &amp;expiry date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="246" />
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="253" />
        <source>Optional: what must not be shared, or may be shared only with someone named</source>
        <translation>Optional: what must not be shared, or may be shared only with someone named</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="257" />
        <source>Re&amp;strictions</source>
        <translation>Re&amp;strictions</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="274" />
        <source>e.g. Bergen kommune, tildelingskontoret</source>
        <translation>e.g. Bergen kommune, tildelingskontoret</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="275" />
        <source>e.g. NAV Årstad</source>
        <translation>e.g. NAV Årstad</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="276" />
        <source>e.g. the GP's name and surgery</source>
        <translation>e.g. the GP's name and surgery</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="277" />
        <source>Name and relation, e.g. sister</source>
        <translation>Name and relation, e.g. sister</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="278" />
        <source>Name of the service or person</source>
        <translation>Name of the service or person</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="96" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="97" />
        <source>Areas that may be shared</source>
        <translation>Areas that may be shared</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="98" />
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="99" />
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="100" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="101" />
        <source>Written in</source>
        <translation>Written in</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="102" />
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="123" />
        <source>%1, %2, noted by %3</source>
        <translation>%1, %2, noted by %3</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="129" />
        <source>no expiry date</source>
        <translation>no expiry date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="132" />
        <source>Withdrawn %1</source>
        <translation>Withdrawn %1</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="131" />
        <source>Consent to share</source>
        <translation>Consent to share</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="134" />
        <source>The patient decides what may be shared with whom (helsepersonelloven § 22). A handover is made only for a recipient with valid consent, and only with the areas consent covers; the document says which areas were left out.</source>
        <translation>The patient decides what may be shared with whom (helsepersonelloven § 22). A handover is made only for a recipient with valid consent, and only with the areas consent covers; the document says which areas were left out.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="141" />
        <source>No consent recorded yet. Ask the patient who the ward may share information with, and record it with «New consent…».</source>
        <translation>No consent recorded yet. Ask the patient who the ward may share information with, and record it with «New consent…».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="145" />
        <source>&amp;New consent…</source>
        <translation>&amp;New consent…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="146" />
        <source>Chan&amp;ge…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="148" />
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="160" />
        <source>&lt;b&gt;No valid consent to share with the kommune.&lt;/b&gt; The handover cannot be made until there is one.</source>
        <translation>&lt;b&gt;No valid consent to share with the kommune.&lt;/b&gt; The handover cannot be made until there is one.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="201" />
        <source>Already withdrawn</source>
        <translation>Already withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/sharing_pages.py" line="201" />
        <source>This consent is already withdrawn.</source>
        <translation>This consent is already withdrawn.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="94" />
        <source>Change contact</source>
        <translation>Change contact</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="94" />
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="105" />
        <source>The people the patient and the ward work with. Services are named in documents under the consent to share with the municipality; next of kin, peers and child welfare only under a valid consent tied to them here.</source>
        <translation>The people the patient and the ward work with. Services are named in documents under the consent to share with the municipality; next of kin, peers and child welfare only under a valid consent tied to them here.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="134" />
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="139" />
        <source>e.g. housing support worker, priest</source>
        <translation>e.g. housing support worker, priest</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="140" />
        <source>&amp;What role</source>
        <translation>&amp;What role</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="144" />
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="364" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="148" />
        <source>e.g. NAV Eksempelby, the housing office</source>
        <translation>e.g. NAV Eksempelby, the housing office</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="149" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="155" />
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="368" />
        <source>e.g. 912 34 567</source>
        <translation>e.g. 912 34 567</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="156" />
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="369" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="160" />
        <source>name@example.no</source>
        <translation>name@example.no</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="161" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="162" />
        <source>When to call, who stands in, …</source>
        <translation>When to call, who stands in, …</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="163" />
        <source>No&amp;te</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="168" />
        <source>No consent tied</source>
        <translation>No consent tied</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="175" />
        <source>Another patient's consent</source>
        <translation>Another patient's consent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="180" />
        <source>&amp;Consent</source>
        <translation>&amp;Consent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="181" />
        <source>Member of the &amp;ansvarsgruppe</source>
        <translation>Member of the &amp;ansvarsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="186" />
        <source>Named person re&amp;sponsible in the municipality</source>
        <translation>Named person re&amp;sponsible in the municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="204" />
        <source>Next of kin and peers cannot be the named person responsible in the municipality.</source>
        <translation>Next of kin and peers cannot be the named person responsible in the municipality.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="209" />
        <source>Shared in documents only while the consent tied here is valid.</source>
        <translation>Shared in documents only while the consent tied here is valid.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="211" />
        <source>Shared as a service under the consent to share with the municipality.</source>
        <translation>Shared as a service under the consent to share with the municipality.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="222" />
        <source>Now %1: the mark moves to this contact.</source>
        <translation>Now %1: the mark moves to this contact.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="347" />
        <source>Contact person or sponsor</source>
        <translation>Contact person or sponsor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="356" />
        <source>Someone in a group the patient can call, such as a sponsor in AA or NA. Stored only because the patient consents to it.</source>
        <translation>Someone in a group the patient can call, such as a sponsor in AA or NA. Stored only because the patient consents to it.</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="77" />
        <source>⚠ No named person responsible in the municipality yet: mark one contact as responsible.</source>
        <translation>⚠ No named person responsible in the municipality yet: mark one contact as responsible.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="88" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="89" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="90" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="91" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="92" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="93" />
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="94" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="95" />
        <source>Ansvarsgruppe</source>
        <translation>Ansvarsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="99" />
        <source>No contacts yet. Add the municipality's contact person, NAV, the GP and the people the patient wants involved, and mark one as the named person responsible in the municipality.</source>
        <translation>No contacts yet. Add the municipality's contact person, NAV, the GP and the people the patient wants involved, and mark one as the named person responsible in the municipality.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="102" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="111" />
        <source>&amp;New contact…</source>
        <translation>&amp;New contact…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="114" />
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="117" />
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="120" />
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="235" />
        <source>Mark as &amp;responsible in the municipality</source>
        <translation>Mark as &amp;responsible in the municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="197" />
        <source>Named person responsible in the municipality: %1, phone %2</source>
        <translation>Named person responsible in the municipality: %1, phone %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="199" />
        <source>Named person responsible in the municipality: %1</source>
        <translation>Named person responsible in the municipality: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="216" />
        <source>Service – shared under the municipality consent</source>
        <translation>Service – shared under the municipality consent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="218" />
        <source>⚠ no valid consent: not shared</source>
        <translation>⚠ no valid consent: not shared</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="221" />
        <source>Consent valid, no end date</source>
        <translation>Consent valid, no end date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="222" />
        <source>Consent valid until %1</source>
        <translation>Consent valid until %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="233" />
        <source>No longer &amp;responsible in the municipality</source>
        <translation>No longer &amp;responsible in the municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="239" />
        <source>Next of kin and peers cannot be the named person responsible in the municipality.</source>
        <translation>Next of kin and peers cannot be the named person responsible in the municipality.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="281" />
        <source>Remove %1 (%2) from the plan's contacts?</source>
        <translation>Remove %1 (%2) from the plan's contacts?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="285" />
        <source>The plan will have no named person responsible in the municipality.</source>
        <translation>The plan will have no named person responsible in the municipality.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/contacts_panel.py" line="287" />
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="163" />
        <source>Barn som pårørende conversation</source>
        <translation>Barn som pårørende conversation</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="169" />
        <source>A conversation about the children's situation and needs: what they know, who takes care of them, and who they can talk to.</source>
        <translation>A conversation about the children's situation and needs: what they know, who takes care of them, and who they can talk to.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="175" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="185" />
        <source>&amp;With</source>
        <translation>&amp;With</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="189" />
        <source>Not named</source>
        <translation>Not named</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="194" />
        <source>Which &amp;child</source>
        <translation>Which &amp;child</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="198" />
        <source>&amp;By whom</source>
        <translation>&amp;By whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="200" />
        <source>What was talked about, what was agreed</source>
        <translation>What was talked about, what was agreed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="202" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
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
        <translation>Right to an individuell &amp;plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="113" />
        <source>Re&amp;quested on</source>
        <translation>Re&amp;quested on</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="117" />
        <source>Date the individuell plan was requested</source>
        <translation>Date the individuell plan was requested</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="125" />
        <source>An individuell plan &amp;exists</source>
        <translation>An individuell plan &amp;exists</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="133" />
        <source>Add the coordinator as a contact first (Contacts tab), then choose them here.</source>
        <translation>Add the coordinator as a contact first (Contacts tab), then choose them here.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="137" />
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordinator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="142" />
        <source>Ansvarsgruppe</source>
        <translation>Ansvarsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="145" />
        <source>An &amp;ansvarsgruppe exists</source>
        <translation>An &amp;ansvarsgruppe exists</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="158" />
        <source>Tick “Member of the ansvarsgruppe” for each member in the contact dialog (Contacts tab).</source>
        <translation>Tick “Member of the ansvarsgruppe” for each member in the contact dialog (Contacts tab).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="166" />
        <source>Interpreter and language</source>
        <translation>Interpreter and language</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="170" />
        <source>&amp;Interpreter needed</source>
        <translation>&amp;Interpreter needed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="176" />
        <source>e.g. Arabic, Polish, North Sami</source>
        <translation>e.g. Arabic, Polish, North Sami</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="178" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="182" />
        <source>e.g. phone interpreter is fine; never family as interpreter</source>
        <translation>e.g. phone interpreter is fine; never family as interpreter</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="185" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="234" />
        <source>No coordinator registered</source>
        <translation>No coordinator registered</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="246" />
        <source>No members marked yet.</source>
        <translation>No members marked yet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="247" />
        <source>Members:</source>
        <translation>Members:</translation>
    </message>
</context>
<context>
    <name>CoordinationTexts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="47" />
        <source>Not yet clarified</source>
        <translation>Not yet clarified</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="48" />
        <source>Yes, has the right</source>
        <translation>Yes, has the right</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/coordination_panel.py" line="49" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="28" />
        <source>Contact person in the municipality</source>
        <translation>Contact person in the municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="29" />
        <source>Coordinator (koordinator)</source>
        <translation>Coordinator (koordinator)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="30" />
        <source>NAV supervisor</source>
        <translation>NAV supervisor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="31" />
        <source>Regular GP (fastlege)</source>
        <translation>Regular GP (fastlege)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="32" />
        <source>Addiction counsellor (ruskonsulent)</source>
        <translation>Addiction counsellor (ruskonsulent)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="33" />
        <source>Peer supporter (likeperson)</source>
        <translation>Peer supporter (likeperson)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="34" />
        <source>Next of kin</source>
        <translation>Next of kin</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="35" />
        <source>Child welfare service (barnevern)</source>
        <translation>Child welfare service (barnevern)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="36" />
        <source>Public health nurse (helsesykepleier)</source>
        <translation>Public health nurse (helsesykepleier)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="39" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="43" />
        <source>expired %1</source>
        <translation>expired %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="44" />
        <source>withdrawn %1</source>
        <translation>withdrawn %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="45" />
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="46" />
        <source>covers no areas</source>
        <translation>covers no areas</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="48" />
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/contact_dialog.py" line="49" />
        <source>valid</source>
        <translation>valid</translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="125" />
        <source>No kriseplan yet. Write it together with the patient: the first signs that things are getting hard, what helps, whom to call by day and at night, and how they want to be met.</source>
        <translation>No kriseplan yet. Write it together with the patient: the first signs that things are getting hard, what helps, whom to call by day and at night, and how they want to be met.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="138" />
        <source>Crisis plan</source>
        <translation>Crisis plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="143" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="70" />
        <source>Early &amp;warning signs</source>
        <translation>Early &amp;warning signs</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="144" />
        <source>What others and the patient notice first, one sign a line</source>
        <translation>What others and the patient notice first, one sign a line</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="145" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="71" />
        <source>What &amp;helps</source>
        <translation>What &amp;helps</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="146" />
        <source>What the patient can do, and what others can do</source>
        <translation>What the patient can do, and what others can do</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="150" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="75" />
        <source>Call in the &amp;daytime</source>
        <translation>Call in the &amp;daytime</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="151" />
        <source>e.g. the municipality's ruskonsulent</source>
        <translation>e.g. the municipality's ruskonsulent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="156" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="76" />
        <source>Call evenings, &amp;nights and weekends</source>
        <translation>Call evenings, &amp;nights and weekends</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="157" />
        <source>e.g. Legevakt</source>
        <translation>e.g. Legevakt</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="159" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="72" />
        <source>How the patient wants to be &amp;met</source>
        <translation>How the patient wants to be &amp;met</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="160" />
        <source>In the patient's own words</source>
        <translation>In the patient's own words</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="164" />
        <source>Risk notes for the municipality</source>
        <translation>Risk notes for the municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="168" />
        <source>Written by the ward for the municipality's handover, e.g. lower tolerance after the stay (risk of overdose), violence, or risk of suicide. Not in the patient's own copy.</source>
        <translation>Written by the ward for the municipality's handover, e.g. lower tolerance after the stay (risk of overdose), violence, or risk of suicide. Not in the patient's own copy.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="174" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="73" />
        <source>&amp;Risk notes</source>
        <translation>&amp;Risk notes</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="175" />
        <source>What the municipality should know and watch for</source>
        <translation>What the municipality should know and watch for</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="196" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="204" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="78" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="80" />
        <source>%1: name or service</source>
        <translation>%1: name or service</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="205" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="79" />
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="81" />
        <source>%1: phone</source>
        <translation>%1: phone</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="240" />
        <source>Not written yet.</source>
        <translation>Not written yet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/crisis_panel.py" line="242" />
        <source>Last updated %1 by %2.</source>
        <translation>Last updated %1 by %2.</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="109" />
        <source>Register discharge</source>
        <translation>Register discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="125" />
        <source>&amp;Register discharge</source>
        <translation>&amp;Register discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="141" />
        <source>Admitted %1 · planned discharge not set</source>
        <translation>Admitted %1 · planned discharge not set</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="143" />
        <source>Admitted %1 · planned discharge %2</source>
        <translation>Admitted %1 · planned discharge %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="149" />
        <source>%1 of %2 areas ready</source>
        <translation>%1 of %2 areas ready</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="180" />
        <source>and %n more area(s)</source>
        <translation>
            <numerusform>and %n more area</numerusform>
            <numerusform>and %n more areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="182" />
        <source>%n required item(s) are not done: %1.</source>
        <translation>
            <numerusform>%n required item is not done: %1.</numerusform>
            <numerusform>%n required items are not done: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="183" />
        <source>You can still register the discharge.</source>
        <translation>You can still register the discharge.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="190" />
        <source>Actual &amp;discharge date</source>
        <translation>Actual &amp;discharge date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="195" />
        <source>Actual discharge date</source>
        <translation>Actual discharge date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="203" />
        <source>End of stay</source>
        <translation>End of stay</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="204" />
        <source>&amp;Planned</source>
        <translation>&amp;Planned</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="206" />
        <source>Unplanned (&amp;brudd)</source>
        <translation>Unplanned (&amp;brudd)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="214" />
        <source>Tell the municipality at once that the stay ended unplanned.</source>
        <translation>Tell the municipality at once that the stay ended unplanned.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="242" />
        <source>No procedure for an unplanned end was recorded. The municipality must still be told today.</source>
        <translation>No procedure for an unplanned end was recorded. The municipality must still be told today.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="244" />
        <source>Procedure for an unplanned end: %1</source>
        <translation>Procedure for an unplanned end: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="254" />
        <source>&amp;Status at discharge</source>
        <translation>&amp;Status at discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="255" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="257" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="262" />
        <source>%1: status at discharge</source>
        <translation>%1: status at discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="266" />
        <source>Short reason for the status</source>
        <translation>Short reason for the status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="267" />
        <source>%1: reason</source>
        <translation>%1: reason</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="307" />
        <source>The discharge date cannot be before admission (%1).</source>
        <translation>The discharge date cannot be before admission (%1).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="311" />
        <source>The discharge date cannot be in the future.</source>
        <translation>The discharge date cannot be in the future.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="91" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="94" />
        <source>The handover goes to a recipient the patient has consented to, with only the areas consent covers. The patient's copy «Min plan» is in plain words. Every saved or printed document is logged below with its SHA-256 fingerprint.</source>
        <translation>The handover goes to a recipient the patient has consented to, with only the areas consent covers. The patient's copy «Min plan» is in plain words. Every saved or printed document is logged below with its SHA-256 fingerprint.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="99" />
        <source>No document has been printed or saved from this plan yet.</source>
        <translation>No document has been printed or saved from this plan yet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="104" />
        <source>&lt;b&gt;Printed and saved documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Printed and saved documents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="108" />
        <source>Handover to the kommune or another recipient</source>
        <translation>Handover to the kommune or another recipient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="112" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="114" />
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="119" />
        <source>Go to consent</source>
        <translation>Go to consent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="124" />
        <source>As the recipient's consent names it; change it in the consent to keep it for next time.</source>
        <translation>As the recipient's consent names it; change it in the consent to keep it for next time.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="129" />
        <source>Written &amp;in:</source>
        <translation>Written &amp;in:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="138" />
        <source>Written standard</source>
        <translation>Written standard</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="159" />
        <source>The patient's copy (Min plan)</source>
        <translation>The patient's copy (Min plan)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="162" />
        <source>Goals, appointments, who to call, the self-help group – in plain words.</source>
        <translation>Goals, appointments, who to call, the self-help group – in plain words.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="169" />
        <source>Writ&amp;ten in:</source>
        <translation>Writ&amp;ten in:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="177" />
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="178" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="179" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="223" />
        <source>Only the areas the chosen recipient's consent covers are included.</source>
        <translation>Only the areas the chosen recipient's consent covers are included.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="227" />
        <source>No valid consent: the consent on record has expired or been withdrawn. Record a new consent under «Consent» before the handover can be made.</source>
        <translation>No valid consent: the consent on record has expired or been withdrawn. Record a new consent under «Consent» before the handover can be made.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="231" />
        <source>No consent recorded, so no handover can be made. Record what the patient agrees to share, and with whom, under «Consent».</source>
        <translation>No consent recorded, so no handover can be made. Record what the patient agrees to share, and with whom, under «Consent».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="259" />
        <source>No consent</source>
        <translation>No consent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="266" />
        <source>The plan has no consent to share information with the kommune.</source>
        <translation>The plan has no consent to share information with the kommune.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="268" />
        <source>The plan has no consent for «%1».</source>
        <translation>The plan has no consent for «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="269" />
        <source>The consent for «%1» applies from %2.</source>
        <translation>The consent for «%1» applies from %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="270" />
        <source>The consent for «%1» expired on %2.</source>
        <translation>The consent for «%1» expired on %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="271" />
        <source>The patient withdrew the consent for «%1» on %2.</source>
        <translation>The patient withdrew the consent for «%1» on %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="272" />
        <source>The consent for «%1» covers no areas.</source>
        <translation>The consent for «%1» covers no areas.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="280" />
        <source>The document was not made. Record the consent under «Consent» in this plan (which areas, who receives them, the date) and try again.</source>
        <translation>The document was not made. Record the consent under «Consent» in this plan (which areas, who receives them, the date) and try again.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="305" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="305" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="314" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="315" />
        <source>The PDF could not be written to %1. %2 Nothing was written.</source>
        <translation>The PDF could not be written to %1. %2 Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="321" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/documents_page.py" line="321" />
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>DueTreeModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="144" />
        <source>Patient / due</source>
        <translation>Patient / due</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="145" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="146" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="147" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="148" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="154" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="225" />
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="157" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="201" />
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="157" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="203" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="160" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="241" />
        <source>Agreed action</source>
        <translation>Agreed action</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="161" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="240" />
        <source>Checklist item</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="162" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="242" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="163" />
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="243" />
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="188" />
        <source>Plan responsible: %1</source>
        <translation>Plan responsible: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="227" />
        <source>%1 (today)</source>
        <translation>%1 (today)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="250" />
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="252" />
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="253" />
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="255" />
        <source>%1

Required before discharge.</source>
        <translation>%1

Required before discharge.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="258" />
        <source>The patient was informed about self-help groups, and it has not been taken up again for 3 weeks. Enter opens the plan where the conversation is recorded.</source>
        <translation>The patient was informed about self-help groups, and it has not been taken up again for 3 weeks. Enter opens the plan where the conversation is recorded.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/due_model.py" line="263" />
        <source>The patient was discharged: call 2–3 days after discharge to hear how things are going. Enter opens the plan where the call is recorded.</source>
        <translation>The patient was discharged: call 2–3 days after discharge to hear how things are going. Enter opens the plan where the call is recorded.</translation>
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
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="179" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="180" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="181" />
        <source>How, by whom</source>
        <translation>How, by whom</translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="107" />
        <source>A patient's children under 18 are next of kin in their own right (helsepersonelloven § 10 a): find out who takes care of them, and talk with the patient about what they need.</source>
        <translation>A patient's children under 18 are next of kin in their own right (helsepersonelloven § 10 a): find out who takes care of them, and talk with the patient about what they need.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="131" />
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="135" />
        <source>&amp;New child…</source>
        <translation>&amp;New child…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="136" />
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="137" />
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="164" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="141" />
        <source>No children under 18 registered. If the patient has children, register each one with New child…: first name or initials are enough.</source>
        <translation>No children under 18 registered. If the patient has children, register each one with New child…: first name or initials are enough.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="145" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="146" />
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="147" />
        <source>Lives with</source>
        <translation>Lives with</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="148" />
        <source>Cared for during the stay by</source>
        <translation>Cared for during the stay by</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="159" />
        <source>Barn som pårørende conversations</source>
        <translation>Barn som pårørende conversations</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="163" />
        <source>Register &amp;conversation…</source>
        <translation>Register &amp;conversation…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="168" />
        <source>No conversations registered. Talk with the patient about the children: what they know, what they need, and who they can talk to. Then register the conversation here.</source>
        <translation>No conversations registered. Talk with the patient about the children: what they know, what they need, and who they can talk to. Then register the conversation here.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="171" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="171" />
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="171" />
        <source>By whom</source>
        <translation>By whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="171" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="183" />
        <source>Barnevern</source>
        <translation>Barnevern</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="186" />
        <source>The patient consents to barnevern being &amp;involved or informed in the ansvarsgruppe</source>
        <translation>The patient consents to barnevern being &amp;involved or informed in the ansvarsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="196" />
        <source>Family services</source>
        <translation>Family services</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="226" />
        <source>Change barnevern &amp;details…</source>
        <translation>Change barnevern &amp;details…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="228" />
        <source>Record barnevern &amp;details…</source>
        <translation>Record barnevern &amp;details…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="231" />
        <source>Change family &amp;services…</source>
        <translation>Change family &amp;services…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="233" />
        <source>Record family &amp;services…</source>
        <translation>Record family &amp;services…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="250" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="250" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="266" />
        <source>Without the patient's consent no barnevern details are stored. Tick the box when the patient agrees to barnevern being involved or informed in the ansvarsgruppe.</source>
        <translation>Without the patient's consent no barnevern details are stored. Tick the box when the patient agrees to barnevern being involved or informed in the ansvarsgruppe.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="271" />
        <source>The patient consents. Record whether barnevern is involved, and the caseworker and office.</source>
        <translation>The patient consents. Record whether barnevern is involved, and the caseworker and office.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="273" />
        <source>Barnevern involved: %1</source>
        <translation>Barnevern involved: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="275" />
        <source>Caseworker and office: %1</source>
        <translation>Caseworker and office: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="287" />
        <source>No family services recorded. Record which are involved: familievernkontor, helsestasjon, kindergarten or school, parent support, and any need for long-term follow-up.</source>
        <translation>No family services recorded. Record which are involved: familievernkontor, helsestasjon, kindergarten or school, parent support, and any need for long-term follow-up.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="293" />
        <source>Services: %1</source>
        <translation>Services: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="295" />
        <source>Other: %1</source>
        <translation>Other: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="298" />
        <source>Need for long-term follow-up: %1</source>
        <translation>Need for long-term follow-up: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="330" />
        <source>Remove %1 from the plan? Conversations the child took part in are kept, without the name.</source>
        <translation>Remove %1 from the plan? Conversations the child took part in are kept, without the name.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="332" />
        <source>Remove child</source>
        <translation>Remove child</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="350" />
        <source>Remove the conversation of %1?</source>
        <translation>Remove the conversation of %1?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="351" />
        <source>Remove conversation</source>
        <translation>Remove conversation</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="363" />
        <source>Without the patient's consent no barnevern details can be kept. Delete whether barnevern is involved, the caseworker and the note from the plan?</source>
        <translation>Without the patient's consent no barnevern details can be kept. Delete whether barnevern is involved, the caseworker and the note from the plan?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/family_panel.py" line="366" />
        <source>Delete barnevern details</source>
        <translation>Delete barnevern details</translation>
    </message>
</context>
<context>
    <name>FamilyServicesDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="290" />
        <source>Family services</source>
        <translation>Family services</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="300" />
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="303" />
        <source>Other services, and what they do</source>
        <translation>Other services, and what they do</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="305" />
        <source>&amp;Other</source>
        <translation>&amp;Other</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="309" />
        <source>e.g. the first year after discharge: helsestasjon, a support group for mothers</source>
        <translation>e.g. the first year after discharge: helsestasjon, a support group for mothers</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="313" />
        <source>Mothers in treatment often lack a supporting network and need follow-up for a long time.</source>
        <translation>Mothers in treatment often lack a supporting network and need follow-up for a long time.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="318" />
        <source>Need for &amp;long-term follow-up</source>
        <translation>Need for &amp;long-term follow-up</translation>
    </message>
</context>
<context>
    <name>FamilyTexts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="41" />
        <source>The patient</source>
        <translation>The patient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="42" />
        <source>The child</source>
        <translation>The child</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="43" />
        <source>The other parent or carer</source>
        <translation>The other parent or carer</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="46" />
        <source>Not known yet</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="47" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="48" />
        <source>Yes</source>
        <translation>Yes</translation>
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
        <translation>Kindergarten or school informed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/family_dialogs.py" line="54" />
        <source>Parent support (foreldrestøtte)</source>
        <translation>Parent support (foreldrestøtte)</translation>
    </message>
</context>
<context>
    <name>FieldChanges</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="434" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="435" />
        <source>Group name</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="436" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="437" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="438" />
        <source>Meeting days</source>
        <translation>Meeting days</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="439" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="440" />
        <source>Takes place</source>
        <translation>Takes place</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="441" />
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="442" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="443" />
        <source>Women only</source>
        <translation>Women only</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="443" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="443" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="444" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="445" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="446" />
        <source>Last verified</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="447" />
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="451" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="451" />
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="451" />
        <source>in the directory again</source>
        <translation>in the directory again</translation>
    </message>
</context>
<context>
    <name>FirstMeetingDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="31" />
        <source>No first meeting planned yet. Choose a group near the patient's home and a day soon after discharge.</source>
        <translation>No first meeting planned yet. Choose a group near the patient's home and a day soon after discharge.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="41" />
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="52" />
        <source>%1 goes along</source>
        <translation>%1 goes along</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="56" />
        <source>someone goes along</source>
        <translation>someone goes along</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="75" />
        <source>First meeting after discharge</source>
        <translation>First meeting after discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="84" />
        <source>Agree on a group near home and a day soon after discharge, ideally with someone to go along the first time.</source>
        <translation>Agree on a group near home and a day soon after discharge, ideally with someone to go along the first time.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="89" />
        <source>Choose a group</source>
        <translation>Choose a group</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="90" />
        <source>&amp;Group</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="102" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="103" />
        <source>Known &amp;time</source>
        <translation>Known &amp;time</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="108" />
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="112" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="116" />
        <source>&amp;Someone goes along</source>
        <translation>&amp;Someone goes along</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="122" />
        <source>Who, e.g. the contact person or someone from the ward</source>
        <translation>Who, e.g. the contact person or someone from the ward</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="123" />
        <source>Who goes along</source>
        <translation>Who goes along</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="127" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="162" />
        <source>According to the directory the group does not meet on %1 (it meets %2).</source>
        <translation>According to the directory the group does not meet on %1 (it meets %2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="168" />
        <source>The date is before planned discharge (%1).</source>
        <translation>The date is before planned discharge (%1).</translation>
    </message>
</context>
<context>
    <name>FollowUpCallPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="85" />
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="103" />
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="86" />
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="142" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="87" />
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="142" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="83" />
        <source>Call the patient 2–3 days after discharge: how are things going, did the first appointments hold, did the municipality get the handover? The call can be recorded although the plan is otherwise closed.</source>
        <translation>Call the patient 2–3 days after discharge: how are things going, did the first appointments hold, did the municipality get the handover? The call can be recorded although the plan is otherwise closed.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="95" />
        <source>Calls after discharge</source>
        <translation>Calls after discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="101" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="102" />
        <source>By whom</source>
        <translation>By whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="104" />
        <source>How things are</source>
        <translation>How things are</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="105" />
        <source>What was arranged</source>
        <translation>What was arranged</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="106" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="109" />
        <source>No calls recorded yet.</source>
        <translation>No calls recorded yet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="122" />
        <source>&amp;Register call…</source>
        <translation>&amp;Register call…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="124" />
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="125" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="182" />
        <source>☎ Call the patient by %1</source>
        <translation>☎ Call the patient by %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="184" />
        <source>⚠ Call the patient by %1: %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ Call the patient by %1: %n day overdue</numerusform>
            <numerusform>⚠ Call the patient by %1: %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="188" />
        <source>Not reached on %1 (%n of %2 attempts made).</source>
        <translation>
            <numerusform>Not reached on %1 (%n of %2 attempts made).</numerusform>
            <numerusform>Not reached on %1 (%n of %2 attempts made).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="191" />
        <source>Discharged %1.</source>
        <translation>Discharged %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="204" />
        <source>The call will be due 2–3 days after discharge. No discharge date is planned yet.</source>
        <translation>The call will be due 2–3 days after discharge. No discharge date is planned yet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="207" />
        <source>The call will be due 2–3 days after discharge: with discharge as planned on %1, by %2.</source>
        <translation>The call will be due 2–3 days after discharge: with discharge as planned on %1, by %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="214" />
        <source>The patient was reached on %1. No further call is due.</source>
        <translation>The patient was reached on %1. No further call is due.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="219" />
        <source>Not reached after %1 attempts. No further call is due; consider telling the patient's contact in the municipality.</source>
        <translation>Not reached after %1 attempts. No further call is due; consider telling the patient's contact in the municipality.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="223" />
        <source>The plan is archived: no call is due.</source>
        <translation>The plan is archived: no call is due.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="254" />
        <source>Remove the call of %1 by %2?</source>
        <translation>Remove the call of %1 by %2?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/follow_up_call_panel.py" line="255" />
        <source>Remove call</source>
        <translation>Remove call</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="407" />
        <source>Change follow-up conversation</source>
        <translation>Change follow-up conversation</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="407" />
        <source>Follow-up conversation</source>
        <translation>Follow-up conversation</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="415" />
        <source>Take self-help up again: has the patient been to a meeting, what was it like, what would make the next one easier?</source>
        <translation>Take self-help up again: has the patient been to a meeting, what was it like, what would make the next one easier?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="421" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="425" />
        <source>&amp;By whom</source>
        <translation>&amp;By whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="426" />
        <source>What was said, and what was agreed</source>
        <translation>What was said, and what was agreed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="427" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="165" />
        <source>Change group</source>
        <translation>Change group</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="165" />
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="192" />
        <source>A local group the ward can inform patients and next of kin about. Check the day, time and place with the group now and then, and note when it was last verified.</source>
        <translation>A local group the ward can inform patients and next of kin about. Check the day, time and place with the group now and then, and note when it was last verified.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="235" />
        <source>Choose from the list, or write the name of another organisation</source>
        <translation>Choose from the list, or write the name of another organisation</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="237" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="242" />
        <source>e.g. Tirsdagsgruppen Sentrum</source>
        <translation>e.g. Tirsdagsgruppen Sentrum</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="243" />
        <source>Group &amp;name</source>
        <translation>Group &amp;name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="247" />
        <source>None – online (or type a municipality's name or number)</source>
        <translation>None – online (or type a municipality's name or number)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="248" />
        <source>&amp;Municipality</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="253" />
        <source>Street, building, room; or the link for an online meeting</source>
        <translation>Street, building, room; or the link for an online meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="254" />
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="260" />
        <source>Meeting &amp;days</source>
        <translation>Meeting &amp;days</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="263" />
        <source>Op&amp;en meeting</source>
        <translation>Op&amp;en meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="265" />
        <source>Anyone interested may come, also next of kin and staff</source>
        <translation>Anyone interested may come, also next of kin and staff</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="266" />
        <source>&amp;Closed meeting</source>
        <translation>&amp;Closed meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="268" />
        <source>Only for those the group is for</source>
        <translation>Only for those the group is for</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="269" />
        <source>In &amp;person</source>
        <translation>In &amp;person</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="271" />
        <source>On&amp;line</source>
        <translation>On&amp;line</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="273" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="274" />
        <source>Takes place</source>
        <translation>Takes place</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="282" />
        <source>Lang&amp;uage</source>
        <translation>Lang&amp;uage</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="283" />
        <source>&amp;Women only</source>
        <translation>&amp;Women only</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="286" />
        <source>&amp;For whom</source>
        <translation>&amp;For whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="295" />
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="299" />
        <source>Optional: entrance, who to ask for, what to bring</source>
        <translation>Optional: entrance, who to ask for, what to bring</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="301" />
        <source>No&amp;te</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="304" />
        <source>&amp;Verified on</source>
        <translation>&amp;Verified on</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="307" />
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="312" />
        <source>&amp;by</source>
        <translation>&amp;by</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="313" />
        <source>Ver&amp;ified today</source>
        <translation>Ver&amp;ified today</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="315" />
        <source>Today's date, and you as the one who verified it</source>
        <translation>Today's date, and you as the one who verified it</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="318" />
        <source>Last verified</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="319" />
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="435" />
        <source>Write the time as hh:mm, e.g. 19:00, or leave it empty (%1).</source>
        <translation>Write the time as hh:mm, e.g. 19:00, or leave it empty (%1).</translation>
    </message>
</context>
<context>
    <name>GroupDirectoryView</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="108" />
        <source>Local groups the ward informs patients and next of kin about. Times and places change: an entry not verified for 6 months is marked «⚠ possibly out of date».</source>
        <translation>Local groups the ward informs patients and next of kin about. Times and places change: an entry not verified for 6 months is marked «⚠ possibly out of date».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="134" />
        <source>← Ward overview</source>
        <translation>← Ward overview</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="135" />
        <source>Back to all plans (Esc)</source>
        <translation>Back to all plans (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="136" />
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="189" />
        <source>Self-help groups</source>
        <translation>Self-help groups</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="151" />
        <source>Any day</source>
        <translation>Any day</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="156" />
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="162" />
        <source>Name, address, note, language…</source>
        <translation>Name, address, note, language…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="164" />
        <source>M&amp;unicipality</source>
        <translation>M&amp;unicipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="165" />
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="166" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="167" />
        <source>For &amp;whom</source>
        <translation>For &amp;whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="168" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="215" />
        <source>No group matches these filters.</source>
        <translation>No group matches these filters.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="218" />
        <source>Show all groups</source>
        <translation>Show all groups</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="233" />
        <source>&lt;p&gt;&lt;b&gt;The directory is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Here the ward keeps its own list of local self-help groups – AA, NA, Al-Anon and others – with day, time and place, so staff can inform patients and next of kin about groups near where they will live, and present a group in the plan.&lt;/p&gt;&lt;p&gt;There are two ways to fill it:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The directory is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Here the ward keeps its own list of local self-help groups – AA, NA, Al-Anon and others – with day, time and place, so staff can inform patients and next of kin about groups near where they will live, and present a group in the plan.&lt;/p&gt;&lt;p&gt;There are two ways to fill it:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="242" />
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="288" />
        <source>&amp;New group…</source>
        <translation>&amp;New group…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="245" />
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="298" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="253" />
        <source>Type in one group at a time.</source>
        <translation>Type in one group at a time.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="257" />
        <source>Read a whole list: exported from another ward's directory, or made in a spreadsheet.</source>
        <translation>Read a whole list: exported from another ward's directory, or made in a spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="289" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="291" />
        <source>Mark as &amp;verified today</source>
        <translation>Mark as &amp;verified today</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="294" />
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="297" />
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="333" />
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="343" />
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="414" />
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="416" />
        <source>%1 of %n groups</source>
        <translation>
            <numerusform>%1 of %n group</numerusform>
            <numerusform>%1 of %n groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="451" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="471" />
        <source>Added «%1».</source>
        <translation>Added «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="490" />
        <source>Saved «%1».</source>
        <translation>Saved «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="502" />
        <source>«%1» marked as verified today.</source>
        <translation>«%1» marked as verified today.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="509" />
        <source>Remove «%1» from the directory? Plans that name the group still show it, marked as removed.</source>
        <translation>Remove «%1» from the directory? Plans that name the group still show it, marked as removed.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="511" />
        <source>Remove group</source>
        <translation>Remove group</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="514" />
        <source>Removed «%1».</source>
        <translation>Removed «%1».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="537" />
        <source>Imported: %1.</source>
        <translation>Imported: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="543" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/group_directory.py" line="543" />
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupExport</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="178" />
        <source>self-help-groups-%1.csv</source>
        <translation>self-help-groups-%1.csv</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="179" />
        <source>Export the directory as CSV</source>
        <translation>Export the directory as CSV</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="185" />
        <source>«%1» could not be saved: %2</source>
        <translation>«%1» could not be saved: %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="187" />
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="191" />
        <source>%n group(s) written to %1.</source>
        <translation>
            <numerusform>%n group written to %1.</numerusform>
            <numerusform>%n groups written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupImport</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="59" />
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="60" />
        <source>this is not a CSV file with the directory's columns. In the spreadsheet, save it as «CSV (semicolon separated)».</source>
        <translation>this is not a CSV file with the directory's columns. In the spreadsheet, save it as «CSV (semicolon separated)».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="65" />
        <source>this column is missing from the first line.</source>
        <translation>this column is missing from the first line.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="68" />
        <source>this column is in the first line twice.</source>
        <translation>this column is in the first line twice.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="69" />
        <source>the line has %1 cells, which does not fit the columns. Is there a ; or a line break in a cell without quotes?</source>
        <translation>the line has %1 cells, which does not fit the columns. Is there a ; or a line break in a cell without quotes?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="74" />
        <source>the organisation is missing.</source>
        <translation>the organisation is missing.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="75" />
        <source>the group's name is missing.</source>
        <translation>the group's name is missing.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="76" />
        <source>no municipality has this number.</source>
        <translation>no municipality has this number.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="77" />
        <source>not a weekday. Write mandag, tirsdag … søndag (or man, tir …).</source>
        <translation>not a weekday. Write mandag, tirsdag … søndag (or man, tir …).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="80" />
        <source>the time cannot be read. Write e.g. mandag 19:00.</source>
        <translation>the time cannot be read. Write e.g. mandag 19:00.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="83" />
        <source>not one of the choices. Write %1.</source>
        <translation>not one of the choices. Write %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="84" />
        <source>a phone number has digits, and may have spaces and a leading +.</source>
        <translation>a phone number has digits, and may have spaces and a leading +.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="87" />
        <source>the date cannot be read. Write it as dd.mm.yyyy, e.g. 24.03.2026.</source>
        <translation>the date cannot be read. Write it as dd.mm.yyyy, e.g. 24.03.2026.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="90" />
        <source>the date is in the future.</source>
        <translation>the date is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="91" />
        <source>write who verified the entry (the date is filled in).</source>
        <translation>write who verified the entry (the date is filled in).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="94" />
        <source>the same group as on line %1 (same organisation, name and municipality).</source>
        <translation>the same group as on line %1 (same organisation, name and municipality).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="97" />
        <source>too long: this column takes at most %1 characters.</source>
        <translation>too long: this column takes at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="100" />
        <source>this value cannot be stored.</source>
        <translation>this value cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="216" />
        <source>None – online</source>
        <translation>None – online</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="221" />
        <source>Import self-help groups from CSV</source>
        <translation>Import self-help groups from CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="234" />
        <source>The %n group(s) in «%1» are already in the directory, unchanged.</source>
        <translation>
            <numerusform>The %n group in «%1» is already in the directory, unchanged.</numerusform>
            <numerusform>The %n groups in «%1» are already in the directory, unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="236" />
        <source>Nothing to import</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="248" />
        <source>«%1» could not be read: %2</source>
        <translation>«%1» could not be read: %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="252" />
        <source>File not read</source>
        <translation>File not read</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="262" />
        <source>Line %1: %4</source>
        <translation>Line %1: %4</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="264" />
        <source>Line %1, %2: %4</source>
        <translation>Line %1, %2: %4</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="266" />
        <source>Line %1, %2 «%3»: %4</source>
        <translation>Line %1, %2 «%3»: %4</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="280" />
        <source>Group «%1»: %2</source>
        <translation>Group «%1»: %2</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="74" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="75" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="76" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="77" />
        <source>Meets</source>
        <translation>Meets</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="78" />
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="79" />
        <source>Meeting type</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="80" />
        <source>Last verified</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="161" />
        <source>None – online</source>
        <translation>None – online</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="172" />
        <source>never verified</source>
        <translation>never verified</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="191" />
        <source>Never verified.</source>
        <translation>Never verified.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="193" />
        <source>Last verified %1 by %2.</source>
        <translation>Last verified %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="203" />
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="204" />
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/group_model.py" line="205" />
        <source>Women only</source>
        <translation>Women only</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="340" />
        <source>Import self-help groups</source>
        <translation>Import self-help groups</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="352" />
        <source>Nothing has been imported yet. «Import» adds the new groups and makes the changes below; groups that are not in the file stay in the directory as they are.</source>
        <translation>Nothing has been imported yet. «Import» adds the new groups and makes the changes below; groups that are not in the file stay in the directory as they are.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="358" />
        <source>New and changed groups</source>
        <translation>New and changed groups</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="364" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="375" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="376" />
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="377" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="384" />
        <source>New groups (%n)</source>
        <translation>
            <numerusform>New groups (%n)</numerusform>
            <numerusform>New groups (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="388" />
        <source>Changed groups (%n)</source>
        <translation>
            <numerusform>Changed groups (%n)</numerusform>
            <numerusform>Changed groups (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InformedDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="135" />
        <source>Change the information given</source>
        <translation>Change the information given</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="135" />
        <source>Information given</source>
        <translation>Information given</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="144" />
        <source>Present the groups with the practical details: day, time, place, a phone number, and someone to go with the first time. That roughly doubles the chance the patient goes after discharge.</source>
        <translation>Present the groups with the practical details: day, time, place, a phone number, and someone to go with the first time. That roughly doubles the chance the patient goes after discharge.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="151" />
        <source>Informed &amp;on</source>
        <translation>Informed &amp;on</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="155" />
        <source>Informed &amp;by</source>
        <translation>Informed &amp;by</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="161" />
        <source>e.g. AA's leaflet and the list of meetings in Oslo</source>
        <translation>e.g. AA's leaflet and the list of meetings in Oslo</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="162" />
        <source>&amp;Material given</source>
        <translation>&amp;Material given</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="189" />
        <source>Organisations &amp;presented</source>
        <translation>Organisations &amp;presented</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="194" />
        <source>Based on the 12 steps.</source>
        <translation>Based on the 12 steps.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="196" />
        <source>Not based on the 12 steps.</source>
        <translation>Not based on the 12 steps.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="198" />
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="204" />
        <source>Find by name, organisation, place or day</source>
        <translation>Find by name, organisation, place or day</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="226" />
        <source>The patient's home municipality first. Tick the groups presented.</source>
        <translation>The patient's home municipality first. Tick the groups presented.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="228" />
        <source>The ward's directory has no local groups yet.</source>
        <translation>The ward's directory has no local groups yet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="230" />
        <source>&amp;Local groups</source>
        <translation>&amp;Local groups</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="231" />
        <source>Find a local group</source>
        <translation>Find a local group</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="232" />
        <source>Local groups presented</source>
        <translation>Local groups presented</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="41" />
        <source>Checklist item</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="52" />
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="78" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="57" />
        <source>Why the item does not apply to this patient</source>
        <translation>Why the item does not apply to this patient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="59" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="65" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="70" />
        <source>Name of the person, if known</source>
        <translation>Name of the person, if known</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="71" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="76" />
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="78" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/item_dialog.py" line="103" />
        <source>Last changed by %1 on %2</source>
        <translation>Last changed by %1 on %2</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock.py" line="273" />
        <source>Discharge planner – %1 – locked</source>
        <translation>Discharge planner – %1 – locked</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock.py" line="296" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock.py" line="374" />
        <source>Write your password.</source>
        <translation>Write your password.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock.py" line="386" />
        <source>Write your user name and password.</source>
        <translation>Write your user name and password.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock.py" line="415" />
        <source>Wrong user name or password</source>
        <translation>Wrong user name or password</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="218" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="236" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="100" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="101" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="104" />
        <source>Sign in as &amp;another user</source>
        <translation>Sign in as &amp;another user</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="107" />
        <source>What was typed is already stored; the other user signs in with their own password</source>
        <translation>What was typed is already stored; the other user signs in with their own password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="120" />
        <source>Open windows are closed first; what was typed in them and not saved is lost.</source>
        <translation>Open windows are closed first; what was typed in them and not saved is lost.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="129" />
        <source>User &amp;name</source>
        <translation>User &amp;name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="130" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="133" />
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="135" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="148" />
        <source>Locked – %1 was signed in</source>
        <translation>Locked – %1 was signed in</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="150" />
        <source>What %1 typed is stored. Sign in with your own user name and password.</source>
        <translation>What %1 typed is stored. Sign in with your own user name and password.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/lock_screen.py" line="163" />
        <source>Wait %n second(s)</source>
        <translation>
            <numerusform>Wait %n second</numerusform>
            <numerusform>Wait %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="91" />
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="99" />
        <source>Discharge planner – %1</source>
        <translation>Discharge planner – %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="101" />
        <source>DEMO: training data, not real patients</source>
        <translation>DEMO: training data, not real patients</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="105" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="106" />
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="111" />
        <source>&amp;Ward overview</source>
        <translation>&amp;Ward overview</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="115" />
        <source>This &amp;week</source>
        <translation>This &amp;week</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="120" />
        <source>Self-&amp;help groups</source>
        <translation>Self-&amp;help groups</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="125" />
        <source>&amp;Access log…</source>
        <translation>&amp;Access log…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="132" />
        <source>&amp;Find plan</source>
        <translation>&amp;Find plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="139" />
        <source>Ward &amp;details…</source>
        <translation>Ward &amp;details…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="148" />
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="155" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="161" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="162" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="434" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="166" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="435" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="180" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="181" />
        <source>&amp;About the discharge planner</source>
        <translation>&amp;About the discharge planner</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="192" />
        <source>Print pre&amp;view of the handover…</source>
        <translation>Print pre&amp;view of the handover…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="197" />
        <source>&amp;Print the handover…</source>
        <translation>&amp;Print the handover…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="198" />
        <source>Save the handover as P&amp;DF…</source>
        <translation>Save the handover as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="199" />
        <source>Save the patient's &amp;copy as PDF…</source>
        <translation>Save the patient's &amp;copy as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="250" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="263" />
        <source>%1, version %2 (%3 items)</source>
        <translation>%1, version %2 (%3 items)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="266" />
        <source>cannot be used: %1</source>
        <translation>cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="268" />
        <source>Discharge planner, version %1</source>
        <translation>Discharge planner, version %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="269" />
        <source>Ward: %1</source>
        <translation>Ward: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="270" />
        <source>Signed in as: %1</source>
        <translation>Signed in as: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="271" />
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="272" />
        <source>Checklist for new plans: %1</source>
        <translation>Checklist for new plans: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="274" />
        <source>Works offline. Every change is stored at once and logged with who made it.</source>
        <translation>Works offline. Every change is stored at once and logged with who made it.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="279" />
        <source>About the discharge planner</source>
        <translation>About the discharge planner</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="338" />
        <source>municipality not set</source>
        <translation>municipality not set</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="410" />
        <source>Opening a plan is logged, and the log could not be written. %1</source>
        <translation>Opening a plan is logged, and the log could not be written. %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="412" />
        <source>Plan not opened</source>
        <translation>Plan not opened</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="434" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="435" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="461" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="465" />
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="473" />
        <source>Plan not created</source>
        <translation>Plan not created</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="474" />
        <source>The ward's checklist file cannot be used:
%1</source>
        <translation>The ward's checklist file cannot be used:
%1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/main_window.py" line="495" />
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/account_actions.py" line="44" />
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/account_actions.py" line="47" />
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/account_actions.py" line="50" />
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/account_actions.py" line="81" />
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
</context>
<context>
    <name>MeetingDays</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="102" />
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_dialog.py" line="103" />
        <source>Start time %1</source>
        <translation>Start time %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="61" />
        <source>Plan a meeting</source>
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="61" />
        <source>Change the meeting</source>
        <translation>Change the meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="70" />
        <source>Evaluate the plan with the municipality about every six weeks in long stays; hold the discharge meeting with all parties about three weeks before discharge.</source>
        <translation>Evaluate the plan with the municipality about every six weeks in long stays; hold the discharge meeting with all parties about three weeks before discharge.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="78" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="83" />
        <source>The meeting has been &amp;held</source>
        <translation>The meeting has been &amp;held</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="86" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="96" />
        <source>Known &amp;time</source>
        <translation>Known &amp;time</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="103" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="106" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="110" />
        <source>&amp;Video meeting</source>
        <translation>&amp;Video meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="118" />
        <source>Pl&amp;ace or link</source>
        <translation>Pl&amp;ace or link</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="122" />
        <source>The video link, or how it is sent</source>
        <translation>The video link, or how it is sent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="124" />
        <source>e.g. Meeting room 2 at the ward, or the NAV office</source>
        <translation>e.g. Meeting room 2 at the ward, or the NAV office</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="136" />
        <source>%1 – no longer among the plan's contacts</source>
        <translation>%1 – no longer among the plan's contacts</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="142" />
        <source>Tick who takes part (Space ticks).</source>
        <translation>Tick who takes part (Space ticks).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="145" />
        <source>The plan has no contacts yet. Add them under the coordination with the municipality; until then, name the participants under «Others».</source>
        <translation>The plan has no contacts yet. Add them under the coordination with the municipality; until then, name the participants under «Others».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="150" />
        <source>Pa&amp;rticipants</source>
        <translation>Pa&amp;rticipants</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="151" />
        <source>The patient takes &amp;part</source>
        <translation>The patient takes &amp;part</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="154" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="168" />
        <source>Names, separated by commas</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="169" />
        <source>&amp;Ward staff</source>
        <translation>&amp;Ward staff</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="173" />
        <source>e.g. an interpreter, or a peer worker</source>
        <translation>e.g. an interpreter, or a peer worker</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/meeting_dialog.py" line="174" />
        <source>&amp;Others</source>
        <translation>&amp;Others</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="259" />
        <source>← Previous</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="261" />
        <source>← or Page Up; Alt+← from a text field</source>
        <translation>← or Page Up; Alt+← from a text field</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="263" />
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="265" />
        <source>→ or Page Down; Alt+→ from a text field</source>
        <translation>→ or Page Down; Alt+→ from a text field</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="273" />
        <source>Meeting mode – %1</source>
        <translation>Meeting mode – %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="311" />
        <source>Area %1 of %2</source>
        <translation>Area %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="313" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="315" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="354" />
        <source>Read only: the plan is no longer active.</source>
        <translation>Read only: the plan is no longer active.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="407" />
        <source>Take back the decision «%1»? Its agreed action is removed from the plan too.</source>
        <translation>Take back the decision «%1»? Its agreed action is removed from the plan too.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="408" />
        <source>Take back decision</source>
        <translation>Take back decision</translation>
    </message>
</context>
<context>
    <name>MeetingTexts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="28" />
        <source>Evaluation meeting</source>
        <translation>Evaluation meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="29" />
        <source>Discharge meeting</source>
        <translation>Discharge meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="35" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="36" />
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="49" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="63" />
        <source>Evaluation meeting %1</source>
        <translation>Evaluation meeting %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="71" />
        <source>around %1 – covered by the meeting on %2</source>
        <translation>around %1 – covered by the meeting on %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="76" />
        <source>should have been held by %1</source>
        <translation>should have been held by %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_texts.py" line="78" />
        <source>around %1</source>
        <translation>around %1</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="93" />
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="125" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="100" />
        <source>Evaluate the plan with the municipality about every six weeks in long stays, and hold the discharge meeting about three weeks before discharge. In meeting mode the plan is shown area by area on the projector; decisions become agreed actions at once.</source>
        <translation>Evaluate the plan with the municipality about every six weeks in long stays, and hold the discharge meeting about three weeks before discharge. In meeting mode the plan is shown area by area on the projector; decisions become agreed actions at once.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="107" />
        <source>Suggested by the timeline</source>
        <translation>Suggested by the timeline</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="114" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="115" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="116" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="117" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="118" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="119" />
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="127" />
        <source>No meetings yet. Plan one with «New meeting…» or from a suggestion above.</source>
        <translation>No meetings yet. Plan one with «New meeting…» or from a suggestion above.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="134" />
        <source>Agenda of the selected meeting</source>
        <translation>Agenda of the selected meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="153" />
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="155" />
        <source>Chan&amp;ge…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="158" />
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="167" />
        <source>Start &amp;meeting mode (F5)</source>
        <translation>Start &amp;meeting mode (F5)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="170" />
        <source>Show the selected meeting on the projector, one area at a time</source>
        <translation>Show the selected meeting on the projector, one area at a time</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="173" />
        <source>Save minutes as P&amp;DF…</source>
        <translation>Save minutes as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="254" />
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="256" />
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="263" />
        <source>No suggestions: the plan needs a planned discharge date, and must be active.</source>
        <translation>No suggestions: the plan needs a planned discharge date, and must be active.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="277" />
        <source>Select a meeting to see its agenda.</source>
        <translation>Select a meeting to see its agenda.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="284" />
        <source>the patient</source>
        <translation>the patient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="285" />
        <source>Taking part:</source>
        <translation>Taking part:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="285" />
        <source>Minute:</source>
        <translation>Minute:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="288" />
        <source>Still open from the meeting on %1</source>
        <translation>Still open from the meeting on %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="299" />
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n open item</numerusform>
            <numerusform>%n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="301" />
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="352" />
        <source>Remove the %1 on %2 and its minutes?</source>
        <translation>Remove the %1 on %2 and its minutes?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="358" />
        <source>Its %n decision(s) stay in the plan as agreed actions.</source>
        <translation>
            <numerusform>Its %n decision stays in the plan as an agreed action.</numerusform>
            <numerusform>Its %n decisions stay in the plan as agreed actions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="360" />
        <source>Remove meeting</source>
        <translation>Remove meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="407" />
        <source>No consent</source>
        <translation>No consent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="409" />
        <source>The minutes follow the patient's consent to share with the municipality, and there is no valid one. Record the consent under «Consent» and try again. Nothing was made.</source>
        <translation>The minutes follow the patient's consent to share with the municipality, and there is no valid one. Record the consent under «Consent» and try again. Nothing was made.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="416" />
        <source>Save minutes as PDF</source>
        <translation>Save minutes as PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="416" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="425" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="426" />
        <source>The PDF could not be written to %1. %2 Nothing was written.</source>
        <translation>The PDF could not be written to %1. %2 Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="431" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meetings_page.py" line="431" />
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="52" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="118" />
        <source>Home municipality</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="53" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="122" />
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="54" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="126" />
        <source>Responsible staff member</source>
        <translation>Responsible staff member</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="55" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="129" />
        <source>Admission date</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="56" />
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="142" />
        <source>Planned discharge</source>
        <translation>Planned discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="84" />
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="103" />
        <source>Patient's name</source>
        <translation>Patient's name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="107" />
        <source>11 digits, or leave empty if not known yet</source>
        <translation>11 digits, or leave empty if not known yet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="108" />
        <source>National identity number</source>
        <translation>National identity number</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="112" />
        <source>dd.mm.yyyy (when there is no number)</source>
        <translation>dd.mm.yyyy (when there is no number)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="113" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="117" />
        <source>Type the name or number of the municipality</source>
        <translation>Type the name or number of the municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="136" />
        <source>Not set yet</source>
        <translation>Not set yet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="148" />
        <source>Create plan</source>
        <translation>Create plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="244" />
        <source>Plan details</source>
        <translation>Plan details</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/new_plan.py" line="245" />
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="162" />
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="168" />
        <source>Each person signs in with their own user name and password. Give the password to them in person, never by e-mail or text message.</source>
        <translation>Each person signs in with their own user name and password. Give the password to them in person, never by e-mail or text message.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="179" />
        <source>For example kari.nordmann</source>
        <translation>For example kari.nordmann</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="182" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="183" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="184" />
        <source>Administrators also add users, set passwords and read the access log.</source>
        <translation>Administrators also add users, set passwords and read the access log.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="187" />
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="188" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="189" />
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="190" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="191" />
        <source>R&amp;epeat the password</source>
        <translation>R&amp;epeat the password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="193" />
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="276" />
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="281" />
        <source>Your new password works from the next time you sign in or unlock. The data stays as it is. Never write the password on a note by the PC.</source>
        <translation>Your new password works from the next time you sign in or unlock. The data stays as it is. Never write the password on a note by the PC.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="291" />
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="292" />
        <source>New &amp;password</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="293" />
        <source>R&amp;epeat the new password</source>
        <translation>R&amp;epeat the new password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="294" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="230" />
        <source>Activate user again</source>
        <translation>Activate user again</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="230" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="236" />
        <source>%1 (%2) can sign in again with this password. Give it to them in person, never by e-mail or text message.</source>
        <translation>%1 (%2) can sign in again with this password. Give it to them in person, never by e-mail or text message.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="241" />
        <source>A new password for %1 (%2). The old one stops working at once; the data stays as it is. Give the new one to them in person.</source>
        <translation>A new password for %1 (%2). The old one stops working at once; the data stays as it is. Give the new one to them in person.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="251" />
        <source>New &amp;password</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="252" />
        <source>R&amp;epeat the password</source>
        <translation>R&amp;epeat the password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="253" />
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="253" />
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="109" />
        <source>← Ward overview</source>
        <translation>← Ward overview</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="111" />
        <source>Back to all plans (Esc or Alt+Left)</source>
        <translation>Back to all plans (Esc or Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="124" />
        <source>&amp;Next step (F8)</source>
        <translation>&amp;Next step (F8)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="127" />
        <source>Go to the most urgent open item; press again to go on to the next one (F8)</source>
        <translation>Go to the most urgent open item; press again to go on to the next one (F8)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="136" />
        <source>Edit &amp;details…</source>
        <translation>Edit &amp;details…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="138" />
        <source>Correct name, number, municipality, responsible or dates</source>
        <translation>Correct name, number, municipality, responsible or dates</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="140" />
        <source>Register disc&amp;harge…</source>
        <translation>Register disc&amp;harge…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="143" />
        <source>Record the discharge date, how the stay ended and each area's status then</source>
        <translation>Record the discharge date, how the stay ended and each area's status then</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="146" />
        <source>Re&amp;open plan…</source>
        <translation>Re&amp;open plan…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="148" />
        <source>Make a discharged plan active again (the reason is logged)</source>
        <translation>Make a discharged plan active again (the reason is logged)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="168" />
        <source>Plan areas</source>
        <translation>Plan areas</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="181" />
        <source>Information and follow-up</source>
        <translation>Information and follow-up</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="316" />
        <source>%1
%2/%3 required%4 · %5</source>
        <translation>%1
%2/%3 required%4 · %5</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="325" />
        <source>%1: %2 of %3 required items done (%4 of %5 in all); status: %6</source>
        <translation>%1: %2 of %3 required items done (%4 of %5 in all); status: %6</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="370" />
        <source>Due dates moved</source>
        <translation>Due dates moved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="381" />
        <source>The dates of the stay changed. %n checklist item(s) got a new due date.</source>
        <translation>
            <numerusform>The dates of the stay changed. %n checklist item got a new due date.</numerusform>
            <numerusform>The dates of the stay changed. %n checklist items got new due dates.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="418" />
        <source>&lt;b&gt;Next step:&lt;/b&gt; every checklist item is done or marked not applicable.</source>
        <translation>&lt;b&gt;Next step:&lt;/b&gt; every checklist item is done or marked not applicable.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="427" />
        <source>due when planned discharge is set</source>
        <translation>due when planned discharge is set</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="432" />
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="435" />
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_editor.py" line="438" />
        <source>&lt;b&gt;Next step %1 of %2:&lt;/b&gt; %3 – «%4», %5. Space ticks it, Enter opens it, F8 goes on.</source>
        <translation>&lt;b&gt;Next step %1 of %2:&lt;/b&gt; %3 – «%4», %5. Space ticks it, Enter opens it, F8 goes on.</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="47" />
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="49" />
        <source>identity number not registered</source>
        <translation>identity number not registered</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="53" />
        <source>planned discharge not set</source>
        <translation>planned discharge not set</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="55" />
        <source>%n day(s) to planned discharge</source>
        <translation>
            <numerusform>%n day to planned discharge</numerusform>
            <numerusform>%n days to planned discharge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="57" />
        <source>%n day(s) past planned discharge</source>
        <translation>
            <numerusform>%n day past planned discharge</numerusform>
            <numerusform>%n days past planned discharge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="63" />
        <source>&lt;b&gt;%1 of %2 areas ready&lt;/b&gt; · %3 of %4 checklist items done · responsible: %5</source>
        <translation>&lt;b&gt;%1 of %2 areas ready&lt;/b&gt; · %3 of %4 checklist items done · responsible: %5</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="74" />
        <source>Admitted %1 · planned discharge %2 · %3</source>
        <translation>Admitted %1 · planned discharge %2 · %3</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="76" />
        <source>Admitted %1 · planned discharge %2</source>
        <translation>Admitted %1 · planned discharge %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="84" />
        <source>&lt;b&gt;Discharged %1&lt;/b&gt; (%2) – read only; «Reopen plan» to change it.</source>
        <translation>&lt;b&gt;Discharged %1&lt;/b&gt; (%2) – read only; «Reopen plan» to change it.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="90" />
        <source>&lt;b&gt;%1&lt;/b&gt; – the plan can no longer be changed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – the plan can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/plan_header.py" line="97" />
        <source>not set</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="51" />
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="81" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="82" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="83" />
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="84" />
        <source>Planned discharge</source>
        <translation>Planned discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="85" />
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="86" />
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="87" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="88" />
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="89" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="90" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="234" />
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="261" />
        <source>Discharged %1</source>
        <translation>Discharged %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="269" />
        <source>The follow-up call after discharge is past its date</source>
        <translation>The follow-up call after discharge is past its date</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/models/plan_table_model.py" line="270" />
        <source>%n checklist item(s) or agreed action(s) past their date</source>
        <translation>
            <numerusform>%n checklist item or agreed action past its date</numerusform>
            <numerusform>%n checklist items or agreed actions past their date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureFollowedDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="283" />
        <source>Procedure followed</source>
        <translation>Procedure followed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="288" />
        <source>Record that the municipality was told, and what else was done.</source>
        <translation>Record that the municipality was told, and what else was done.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="292" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="294" />
        <source>&amp;By whom</source>
        <translation>&amp;By whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="295" />
        <source>Whom you spoke to, and what was agreed</source>
        <translation>Whom you spoke to, and what was agreed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="296" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>ProcedureText</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="39" />
        <source>the municipality</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="41" />
        <source>Tell %1 (phone %2).</source>
        <translation>Tell %1 (phone %2).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="44" />
        <source>Tell %1.</source>
        <translation>Tell %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="47" />
        <source>Who does it: %1.</source>
        <translation>Who does it: %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="52" />
        <source>Also: %1</source>
        <translation>Also: %1</translation>
    </message>
</context>
<context>
    <name>RecordRows</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="50" />
        <source>next %1</source>
        <translation>next %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="52" />
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="56" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="57" />
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform>
            <numerusform>%n valid</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="57" />
        <source>⚠ none for the kommune</source>
        <translation>⚠ none for the kommune</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="59" />
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="59" />
        <source>%n booked</source>
        <translation>
            <numerusform>%n booked</numerusform>
            <numerusform>%n booked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="60" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="61" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/record_rows.py" line="61" />
        <source>%n printed or saved</source>
        <translation>
            <numerusform>%n printed or saved</numerusform>
            <numerusform>%n printed or saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="135" />
        <source>Forgotten password</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="139" />
        <source>Ask one of the ward's administrators for a new password: they set it under File → Users. If every administrator has forgotten theirs, an administrator can set a new one here with the ward's recovery key (the paper from the setup, kept locked away).</source>
        <translation>Ask one of the ward's administrators for a new password: they set it under File → Users. If every administrator has forgotten theirs, an administrator can set a new one here with the ward's recovery key (the paper from the setup, kept locked away).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="154" />
        <source>&amp;Recovery key</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="155" />
        <source>&amp;Administrator's user name</source>
        <translation>&amp;Administrator's user name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="156" />
        <source>New &amp;password</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="157" />
        <source>R&amp;epeat the password</source>
        <translation>R&amp;epeat the password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="159" />
        <source>Set password and sign in</source>
        <translation>Set password and sign in</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="226" />
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="231" />
        <source>If every administrator forgets their password, this key opens the ward's data. Write it down or print this window now and lock it away: it is shown only this once and is not stored in clear anywhere.</source>
        <translation>If every administrator forgets their password, this key opens the ward's data. Write it down or print this window now and lock it away: it is shown only this once and is not stored in clear anywhere.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="243" />
        <source>I have written down the recovery key and will lock it away</source>
        <translation>I have written down the recovery key and will lock it away</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="291" />
        <source>File not imported</source>
        <translation>File not imported</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="295" />
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="300" />
        <source>«%1» has %n problem(s). The whole file is refused, so the directory is just as it was. Correct the lines below in the file and import it again.</source>
        <translation>
            <numerusform>«%1» has %n problem. The whole file is refused, so the directory is just as it was. Correct the line below in the file and import it again.</numerusform>
            <numerusform>«%1» has %n problems. The whole file is refused, so the directory is just as it was. Correct the lines below in the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/group_import_dialog.py" line="308" />
        <source>Problems in the file</source>
        <translation>Problems in the file</translation>
    </message>
</context>
<context>
    <name>RelapsePanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="83" />
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="91" />
        <source>User-controlled bed (brukerstyrt seng)</source>
        <translation>User-controlled bed (brukerstyrt seng)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/access_details.py" line="84" />
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="97" />
        <source>Procedure for an unplanned end (brudd)</source>
        <translation>Procedure for an unplanned end (brudd)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="94" />
        <source>Returning to treatment after a relapse</source>
        <translation>Returning to treatment after a relapse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="106" />
        <source>⚠ No procedure for an unplanned end is recorded. Record it at admission: whom in the municipality to tell if the patient leaves early.</source>
        <translation>⚠ No procedure for an unplanned end is recorded. Record it at admission: whom in the municipality to tell if the patient leaves early.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="127" />
        <source>Mark the procedure as &amp;followed…</source>
        <translation>Mark the procedure as &amp;followed…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="174" />
        <source>Change the &amp;contract…</source>
        <translation>Change the &amp;contract…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="174" />
        <source>Record a &amp;contract…</source>
        <translation>Record a &amp;contract…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="177" />
        <source>Change the &amp;agreement…</source>
        <translation>Change the &amp;agreement…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="177" />
        <source>Record an &amp;agreement…</source>
        <translation>Record an &amp;agreement…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="180" />
        <source>&amp;Record the procedure…</source>
        <translation>&amp;Record the procedure…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="180" />
        <source>Change the &amp;procedure…</source>
        <translation>Change the &amp;procedure…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="191" />
        <source>The stay ended unplanned (brudd) %1.</source>
        <translation>The stay ended unplanned (brudd) %1.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="196" />
        <source>No procedure was recorded at admission. The municipality must still be told today.</source>
        <translation>No procedure was recorded at admission. The municipality must still be told today.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="199" />
        <source>Procedure: %1</source>
        <translation>Procedure: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="203" />
        <source>Followed %1 by %2.</source>
        <translation>Followed %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="209" />
        <source>Not marked as followed yet.</source>
        <translation>Not marked as followed yet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="218" />
        <source>No contract. With a contract the patient can decide to come in for a few days when things get hard, without a referral.</source>
        <translation>No contract. With a contract the patient can decide to come in for a few days when things get hard, without a referral.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="221" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="225" />
        <source>At most %n day(s) a stay</source>
        <translation>
            <numerusform>At most %n day a stay</numerusform>
            <numerusform>At most %n days a stay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="227" />
        <source>at least %n day(s) between stays</source>
        <translation>
            <numerusform>at least %n day between stays</numerusform>
            <numerusform>at least %n days between stays</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="230" />
        <source>Contract with %1, %2.</source>
        <translation>Contract with %1, %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="234" />
        <source>How to ask for it: %1</source>
        <translation>How to ask for it: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="240" />
        <source>No agreement yet. Agree with the patient how to come back to treatment after a relapse.</source>
        <translation>No agreement yet. Agree with the patient how to come back to treatment after a relapse.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="244" />
        <source>Agreed %1</source>
        <translation>Agreed %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="246" />
        <source>Agreed %1 with %2</source>
        <translation>Agreed %1 with %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="253" />
        <source>Not recorded.</source>
        <translation>Not recorded.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/relapse_panel.py" line="256" />
        <source>Recorded %1 by %2.</source>
        <translation>Recorded %1 by %2.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="359" />
        <source>Reopen plan</source>
        <translation>Reopen plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="367" />
        <source>unplanned (brudd)</source>
        <translation>unplanned (brudd)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="369" />
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="372" />
        <source>Discharged %1 · %2</source>
        <translation>Discharged %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="379" />
        <source>The plan becomes active and can be changed again. Say why; the reason is kept in the plan's log.</source>
        <translation>The plan becomes active and can be changed again. Say why; the reason is kept in the plan's log.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="387" />
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="391" />
        <source>Reason for reopening</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="394" />
        <source>Say why the plan is reopened.</source>
        <translation>Say why the plan is reopened.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/discharge_dialog.py" line="404" />
        <source>Re&amp;open plan</source>
        <translation>Re&amp;open plan</translation>
    </message>
</context>
<context>
    <name>ReturnAgreementDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="169" />
        <source>Returning after a relapse</source>
        <translation>Returning after a relapse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="175" />
        <source>A relapse is common and no failure. Agree with the patient how to come back to treatment quickly: whom to call, and what the ward and the municipality will do.</source>
        <translation>A relapse is common and no failure. Agree with the patient how to come back to treatment quickly: whom to call, and what the ward and the municipality will do.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="180" />
        <source>What was agreed</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="181" />
        <source>&amp;Agreement</source>
        <translation>&amp;Agreement</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="183" />
        <source>Agreed &amp;on</source>
        <translation>Agreed &amp;on</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="185" />
        <source>e.g. the patient and the municipality's contact</source>
        <translation>e.g. the patient and the municipality's contact</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="187" />
        <source>Agreed &amp;with</source>
        <translation>Agreed &amp;with</translation>
    </message>
</context>
<context>
    <name>SelfHelpPanel</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="111" />
        <source>Staff inform and motivate; the patient decides. Practical details (day, time, place, a contact, someone to go with) make it far more likely that the patient goes after discharge.</source>
        <translation>Staff inform and motivate; the patient decides. Practical details (day, time, place, a contact, someone to go with) make it far more likely that the patient goes after discharge.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="143" />
        <source>Record follow-up conversation…</source>
        <translation>Record follow-up conversation…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="153" />
        <source>Informed</source>
        <translation>Informed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="158" />
        <source>The patient's view</source>
        <translation>The patient's view</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="164" />
        <source>Meetings visited during the stay</source>
        <translation>Meetings visited during the stay</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="168" />
        <source>&amp;Add meeting…</source>
        <translation>&amp;Add meeting…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="169" />
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="213" />
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="170" />
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="201" />
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="214" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="174" />
        <source>No meetings visited yet. Going to a meeting during the stay, perhaps with someone from the ward, makes the first one at home easier.</source>
        <translation>No meetings visited yet. Going to a meeting during the stay, perhaps with someone from the ward, makes the first one at home easier.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="177" />
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="222" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="177" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="177" />
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="187" />
        <source>Contact person or sponsor</source>
        <translation>Contact person or sponsor</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="189" />
        <source>The patient &amp;consents to the name and phone being stored</source>
        <translation>The patient &amp;consents to the name and phone being stored</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="198" />
        <source>Planned first meeting after discharge</source>
        <translation>Planned first meeting after discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="208" />
        <source>Follow-up conversations</source>
        <translation>Follow-up conversations</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="212" />
        <source>Record follow-&amp;up conversation…</source>
        <translation>Record follow-&amp;up conversation…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="219" />
        <source>No follow-up conversations yet. Take self-help up again in a later conversation: what did the patient think, has he or she been to a meeting?</source>
        <translation>No follow-up conversations yet. Take self-help up again in a later conversation: what did the patient think, has he or she been to a meeting?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="222" />
        <source>By whom</source>
        <translation>By whom</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="222" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="271" />
        <source>Change &amp;information…</source>
        <translation>Change &amp;information…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="271" />
        <source>Record &amp;information…</source>
        <translation>Record &amp;information…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="274" />
        <source>Change the &amp;view…</source>
        <translation>Change the &amp;view…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="274" />
        <source>Record the patient's &amp;view…</source>
        <translation>Record the patient's &amp;view…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="277" />
        <source>Change contact &amp;person…</source>
        <translation>Change contact &amp;person…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="277" />
        <source>Record contact &amp;person…</source>
        <translation>Record contact &amp;person…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="280" />
        <source>Change first &amp;meeting…</source>
        <translation>Change first &amp;meeting…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="280" />
        <source>Plan first &amp;meeting…</source>
        <translation>Plan first &amp;meeting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="308" />
        <source>⚠ No follow-up conversation about self-help for %n week(s) (due %1)</source>
        <translation>
            <numerusform>⚠ No follow-up conversation about self-help for %n week (due %1)</numerusform>
            <numerusform>⚠ No follow-up conversation about self-help for %n weeks (due %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="312" />
        <source>A follow-up conversation about self-help is due %1 (in %n day(s))</source>
        <translation>
            <numerusform>A follow-up conversation about self-help is due %1 (in %n day)</numerusform>
            <numerusform>A follow-up conversation about self-help is due %1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="321" />
        <source>Not informed yet. Record when the patient was told about self-help groups, and which ones were presented.</source>
        <translation>Not informed yet. Record when the patient was told about self-help groups, and which ones were presented.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="324" />
        <source>Informed %1 by %2.</source>
        <translation>Informed %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="328" />
        <source>Organisations presented: %1</source>
        <translation>Organisations presented: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="331" />
        <source>Local groups presented:</source>
        <translation>Local groups presented:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="334" />
        <source>Material given: %1</source>
        <translation>Material given: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="340" />
        <source>Not asked yet. Ask what the patient thinks about self-help groups, and write it down in their own words.</source>
        <translation>Not asked yet. Ask what the patient thinks about self-help groups, and write it down in their own words.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="348" />
        <source>A name and phone number are stored only when the patient consents to it.</source>
        <translation>A name and phone number are stored only when the patient consents to it.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="350" />
        <source>No contact person recorded yet.</source>
        <translation>No contact person recorded yet.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="361" />
        <source>No follow-up is due: the plan is not active.</source>
        <translation>No follow-up is due: the plan is not active.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="363" />
        <source>No follow-up is due yet: the patient has not been informed.</source>
        <translation>No follow-up is due yet: the patient has not been informed.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="365" />
        <source>Next follow-up due: %1</source>
        <translation>Next follow-up due: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="406" />
        <source>Without the patient's consent the contact person cannot be kept. Delete «%1» and the phone number from the plan?</source>
        <translation>Without the patient's consent the contact person cannot be kept. Delete «%1» and the phone number from the plan?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="409" />
        <source>Delete contact person</source>
        <translation>Delete contact person</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="433" />
        <source>Remove the planned first meeting after discharge?</source>
        <translation>Remove the planned first meeting after discharge?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="434" />
        <source>Remove first meeting</source>
        <translation>Remove first meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="456" />
        <source>Remove the meeting of %1 (%2)?</source>
        <translation>Remove the meeting of %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="460" />
        <source>Remove meeting</source>
        <translation>Remove meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="485" />
        <source>Remove the follow-up conversation of %1?</source>
        <translation>Remove the follow-up conversation of %1?</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_panel.py" line="486" />
        <source>Remove follow-up conversation</source>
        <translation>Remove follow-up conversation</translation>
    </message>
</context>
<context>
    <name>SelfHelpTexts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="30" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="31" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="32" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="33" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="34" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="35" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="36" />
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="39" />
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="40" />
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="41" />
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="42" />
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="43" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="44" />
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="45" />
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="62" />
        <source>no fixed meeting time recorded</source>
        <translation>no fixed meeting time recorded</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="72" />
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="73" />
        <source>Next of kin</source>
        <translation>Next of kin</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="74" />
        <source>Patients and next of kin</source>
        <translation>Patients and next of kin</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="80" />
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="81" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="87" />
        <source>Open meeting</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="88" />
        <source>Closed meeting</source>
        <translation>Closed meeting</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="93" />
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="95" />
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="96" />
        <source>Unsure</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="97" />
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="98" />
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="104" />
        <source>⚠ possibly out of date</source>
        <translation>⚠ possibly out of date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="109" />
        <source>Not verified for %1 months or more: check the day, time and place before giving them to a patient.</source>
        <translation>Not verified for %1 months or more: check the day, time and place before giving them to a patient.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/selfhelp_texts.py" line="129" />
        <source>(removed from the directory)</source>
        <translation>(removed from the directory)</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="175" />
        <source>Set up the ward's first administrator</source>
        <translation>Set up the ward's first administrator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="181" />
        <source>The patient data on this PC is encrypted. Each person signs in with their own name and password. Make the first administrator now; they can then add the others.</source>
        <translation>The patient data on this PC is encrypted. Each person signs in with their own name and password. Make the first administrator now; they can then add the others.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="194" />
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="195" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="196" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="197" />
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="198" />
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
</context>
<context>
    <name>SharingTexts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="30" />
        <source>Municipal service</source>
        <translation>Municipal service</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="31" />
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="32" />
        <source>GP (fastlege)</source>
        <translation>GP (fastlege)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="33" />
        <source>Next of kin</source>
        <translation>Next of kin</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="34" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="37" />
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="38" />
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="41" />
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="42" />
        <source>Not yet in force</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="43" />
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="44" />
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="45" />
        <source>No areas</source>
        <translation>No areas</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="48" />
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="49" />
        <source>Patient's copy (Min plan)</source>
        <translation>Patient's copy (Min plan)</translation>
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
        <translation>Saved as PDF</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/models/sharing_models.py" line="57" />
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/appointment_dialog.py" line="52" />
        <source>Write what the appointment is.</source>
        <translation>Write what the appointment is.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="65" />
        <source>Write who may receive the information.</source>
        <translation>Write who may receive the information.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="68" />
        <source>Tick at least one area the patient agrees to share.</source>
        <translation>Tick at least one area the patient agrees to share.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="71" />
        <source>The date consent was given cannot be in the future.</source>
        <translation>The date consent was given cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="74" />
        <source>Write who noted the consent.</source>
        <translation>Write who noted the consent.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="75" />
        <source>The expiry date is before the date consent was given.</source>
        <translation>The expiry date is before the date consent was given.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="78" />
        <source>The withdrawal date is before the date consent was given.</source>
        <translation>The withdrawal date is before the date consent was given.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="81" />
        <source>The withdrawal date cannot be in the future.</source>
        <translation>The withdrawal date cannot be in the future.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="44" />
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="46" />
        <source>Too many wrong attempts. Wait %1 seconds and try again.</source>
        <translation>Too many wrong attempts. Wait %1 seconds and try again.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="64" />
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="93" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="70" />
        <source>Discharge planner</source>
        <translation>Discharge planner</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="79" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="80" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/sign_in_dialog.py" line="85" />
        <source>&amp;Forgotten your password?</source>
        <translation>&amp;Forgotten your password?</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="227" />
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="228" />
        <source>The backup could not be restored (%1). The data is as it was.</source>
        <translation>The backup could not be restored (%1). The data is as it was.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="233" />
        <location filename="../../src/dischargeplanner/ui/application.py" line="248" />
        <source>The backup is restored.</source>
        <translation>The backup is restored.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="250" />
        <source>The database is damaged: %1 Tell the IT department before you go on.</source>
        <translation>The database is damaged: %1 Tell the IT department before you go on.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="259" />
        <source>Today's backup could not be taken: %1</source>
        <translation>Today's backup could not be taken: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="277" />
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="280" />
        <source>%1

There is no backup that passed its check. Nothing has been changed in the file. Contact the IT department.</source>
        <translation>%1

There is no backup that passed its check. Nothing has been changed in the file. Contact the IT department.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="287" />
        <source>%1

Restore the newest good backup, taken %2 (%3 plans)? The damaged file is set aside in the data folder, not deleted. What was recorded after the backup is not in it.</source>
        <translation>%1

Restore the newest good backup, taken %2 (%3 plans)? The damaged file is set aside in the data folder, not deleted. What was recorded after the backup is not in it.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/application.py" line="298" />
        <source>The backup could not be restored (%1). Nothing has been changed in the files.</source>
        <translation>The backup could not be restored (%1). Nothing has been changed in the files.</translation>
    </message>
</context>
<context>
    <name>StartSlide</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="78" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="79" />
        <source>Taking part</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="89" />
        <source>→ or Page Down goes to the first area. Esc stores and closes.</source>
        <translation>→ or Page Down goes to the first area. Esc stores and closes.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="102" />
        <source>The patient</source>
        <translation>The patient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="102" />
        <source>The patient (not present)</source>
        <translation>The patient (not present)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="105" />
        <source>From the ward: %1</source>
        <translation>From the ward: %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="111" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="111" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="111" />
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="111" />
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="124" />
        <source>Still open from the meeting on %1</source>
        <translation>Still open from the meeting on %1</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/meeting_mode.py" line="128" />
        <source>Everything decided is done.</source>
        <translation>Everything decided is done.</translation>
    </message>
</context>
<context>
    <name>StoreProblems</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="24" />
        <source>The disk is full, so the change could not be stored. Free some space (or ask the IT department to), then try again.</source>
        <translation>The disk is full, so the change could not be stored. Free some space (or ask the IT department to), then try again.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="29" />
        <source>The database file cannot be written to (it is read-only for this user), so the change could not be stored. Ask the IT department to check the rights on the data folder, then try again.</source>
        <translation>The database file cannot be written to (it is read-only for this user), so the change could not be stored. Ask the IT department to check the rights on the data folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="34" />
        <source>The database is held by another program just now (an antivirus scan, a backup or another window of this program), so the change could not be stored yet. Wait a moment and try again.</source>
        <translation>The database is held by another program just now (an antivirus scan, a backup or another window of this program), so the change could not be stored yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="39" />
        <source>The disk did not accept the change (the file may be held by an antivirus scan, or the disk may be failing). Wait a moment and try again; if it keeps failing, tell the IT department.</source>
        <translation>The disk did not accept the change (the file may be held by an antivirus scan, or the disk may be failing). Wait a moment and try again; if it keeps failing, tell the IT department.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="44" />
        <source>The change could not be stored. Try again in a moment; if it keeps failing, tell the IT department.</source>
        <translation>The change could not be stored. Try again in a moment; if it keeps failing, tell the IT department.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="64" />
        <source>Nothing in the plan has changed. Your change is kept: choose Retry to store it, or Discard to leave it out.</source>
        <translation>Nothing in the plan has changed. Your change is kept: choose Retry to store it, or Discard to leave it out.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="76" />
        <source>The file is open in another program (a PDF viewer, for instance), or the folder may not be written to. Close the file or choose another folder, and try again.</source>
        <translation>The file is open in another program (a PDF viewer, for instance), or the folder may not be written to. Close the file or choose another folder, and try again.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="82" />
        <source>The disk is full. Free some space or choose another disk.</source>
        <translation>The disk is full. Free some space or choose another disk.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="84" />
        <source>The disk or folder is read-only. Choose another folder.</source>
        <translation>The disk or folder is read-only. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="86" />
        <source>A folder has that name. Choose another file name.</source>
        <translation>A folder has that name. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="88" />
        <source>The folder no longer exists. Choose another folder.</source>
        <translation>The folder no longer exists. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/store_problems.py" line="90" />
        <source>The file could not be written. Try again, or choose another folder.</source>
        <translation>The file could not be written. Try again, or choose another folder.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="32" />
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="33" />
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="34" />
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="35" />
        <source>Meaningful activity</source>
        <translation>Meaningful activity</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="36" />
        <source>Self-help</source>
        <translation>Self-help</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="37" />
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="38" />
        <source>Crisis and relapse</source>
        <translation>Crisis and relapse</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="39" />
        <source>Children and family</source>
        <translation>Children and family</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="40" />
        <source>Coordination with the municipality</source>
        <translation>Coordination with the municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="46" />
        <source>Planned discharge</source>
        <translation>Planned discharge</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="47" />
        <source>Unplanned end (brudd)</source>
        <translation>Unplanned end (brudd)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="53" />
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="54" />
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="55" />
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="56" />
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="63" />
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="64" />
        <source>Green: no problem</source>
        <translation>Green: no problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="65" />
        <source>Yellow: some problem</source>
        <translation>Yellow: some problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="66" />
        <source>Red: serious problem</source>
        <translation>Red: serious problem</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="72" />
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="73" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="74" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="75" />
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="81" />
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="82" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="83" />
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="84" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="85" />
        <source>Next of kin</source>
        <translation>Next of kin</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="91" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="92" />
        <source>Carried out</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="93" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="99" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="100" />
        <source>Discharged</source>
        <translation>Discharged</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="101" />
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="108" />
        <source>Write the patient's name.</source>
        <translation>Write the patient's name.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="109" />
        <source>A national identity number has only digits.</source>
        <translation>A national identity number has only digits.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="110" />
        <source>A national identity number has 11 digits.</source>
        <translation>A national identity number has 11 digits.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="112" />
        <source>The first six digits are not a possible date of birth (DDMMYY).</source>
        <translation>The first six digits are not a possible date of birth (DDMMYY).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="115" />
        <source>The check digits do not match: one of the digits is probably mistyped.</source>
        <translation>The check digits do not match: one of the digits is probably mistyped.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="120" />
        <source>The date of birth does not match the national identity number.</source>
        <translation>The date of birth does not match the national identity number.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="122" />
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="124" />
        <source>Write the date as dd.mm.yyyy, for example 24.12.1985.</source>
        <translation>Write the date as dd.mm.yyyy, for example 24.12.1985.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="126" />
        <source>Choose a municipality from the list.</source>
        <translation>Choose a municipality from the list.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="127" />
        <source>Write the name of the ward.</source>
        <translation>Write the name of the ward.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="128" />
        <source>Write who is responsible for the plan.</source>
        <translation>Write who is responsible for the plan.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="130" />
        <source>Planned discharge cannot be before admission.</source>
        <translation>Planned discharge cannot be before admission.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="132" />
        <source>Say why the item does not apply.</source>
        <translation>Say why the item does not apply.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="133" />
        <source>Describe what is to be done.</source>
        <translation>Describe what is to be done.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="135" />
        <source>The patient has been discharged; the plan can no longer be changed.</source>
        <translation>The patient has been discharged; the plan can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="138" />
        <source>Only a discharged plan can be reopened.</source>
        <translation>Only a discharged plan can be reopened.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="141" />
        <source>The discharge date cannot be before admission.</source>
        <translation>The discharge date cannot be before admission.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="144" />
        <source>The discharge date cannot be in the future.</source>
        <translation>The discharge date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="146" />
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="148" />
        <source>A phone number has digits, and may have spaces and a leading +.</source>
        <translation>A phone number has digits, and may have spaces and a leading +.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="151" />
        <source>Give the date the patient was informed.</source>
        <translation>Give the date the patient was informed.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="154" />
        <source>Write who informed the patient.</source>
        <translation>Write who informed the patient.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="157" />
        <source>A contact person's name and phone are stored only when the patient consents to it.</source>
        <translation>A contact person's name and phone are stored only when the patient consents to it.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="162" />
        <source>Choose the group the first meeting is with.</source>
        <translation>Choose the group the first meeting is with.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="165" />
        <source>Choose a group from the directory or write its name.</source>
        <translation>Choose a group from the directory or write its name.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="168" />
        <source>Write who had the conversation.</source>
        <translation>Write who had the conversation.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="171" />
        <source>A follow-up conversation comes after the patient was informed; check the dates.</source>
        <translation>A follow-up conversation comes after the patient was informed; check the dates.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="176" />
        <source>Choose or write the organisation.</source>
        <translation>Choose or write the organisation.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="178" />
        <source>Write the group's name.</source>
        <translation>Write the group's name.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="179" />
        <source>A weekday is Monday to Sunday.</source>
        <translation>A weekday is Monday to Sunday.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="180" />
        <source>Write who verified the entry.</source>
        <translation>Write who verified the entry.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="182" />
        <source>The directory already has a group with this organisation, name and municipality.</source>
        <translation>The directory already has a group with this organisation, name and municipality.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="186" />
        <source>Write the contact's name.</source>
        <translation>Write the contact's name.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="188" />
        <source>Write what role the contact has, for example housing support worker.</source>
        <translation>Write what role the contact has, for example housing support worker.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="191" />
        <source>An e-mail address looks like name@example.no.</source>
        <translation>An e-mail address looks like name@example.no.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="194" />
        <source>Choose one of this patient's consents.</source>
        <translation>Choose one of this patient's consents.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="197" />
        <source>Next of kin and peers cannot be the named person responsible in the municipality.</source>
        <translation>Next of kin and peers cannot be the named person responsible in the municipality.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="201" />
        <source>Choose one of this patient's contacts.</source>
        <translation>Choose one of this patient's contacts.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="203" />
        <source>Choose the coordinator among this patient's contacts.</source>
        <translation>Choose the coordinator among this patient's contacts.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="206" />
        <source>Write the child's first name or initials.</source>
        <translation>Write the child's first name or initials.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="209" />
        <source>A child under 18 was born this year or in the last 18 years.</source>
        <translation>A child under 18 was born this year or in the last 18 years.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="212" />
        <source>The child is not registered in this plan; choose one from the list.</source>
        <translation>The child is not registered in this plan; choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="215" />
        <source>Tick who took part in the conversation.</source>
        <translation>Tick who took part in the conversation.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="218" />
        <source>Write who held the conversation.</source>
        <translation>Write who held the conversation.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="221" />
        <source>Barnevern details are stored only when the patient consents to involving barnevern.</source>
        <translation>Barnevern details are stored only when the patient consents to involving barnevern.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="226" />
        <source>Write where the user-controlled bed is (institution or ward).</source>
        <translation>Write where the user-controlled bed is (institution or ward).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="229" />
        <source>Give the dates the contract runs from and to.</source>
        <translation>Give the dates the contract runs from and to.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="232" />
        <source>The contract cannot end before it starts.</source>
        <translation>The contract cannot end before it starts.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="234" />
        <source>A stay can be from 1 to 30 days.</source>
        <translation>A stay can be from 1 to 30 days.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="236" />
        <source>The days between stays can be from 0 to 90.</source>
        <translation>The days between stays can be from 0 to 90.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="239" />
        <source>Write what was agreed about returning after a relapse.</source>
        <translation>Write what was agreed about returning after a relapse.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="242" />
        <source>Write who in the municipality must be told.</source>
        <translation>Write who in the municipality must be told.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="245" />
        <source>The procedure can be marked as followed only when the stay ended unplanned (brudd).</source>
        <translation>The procedure can be marked as followed only when the stay ended unplanned (brudd).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="250" />
        <source>Write who followed the procedure.</source>
        <translation>Write who followed the procedure.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="253" />
        <source>The procedure is followed on or after the day the stay ended.</source>
        <translation>The procedure is followed on or after the day the stay ended.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="256" />
        <source>The follow-up call is recorded only for a discharged plan.</source>
        <translation>The follow-up call is recorded only for a discharged plan.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="259" />
        <source>The call comes on or after the day of discharge; check the date.</source>
        <translation>The call comes on or after the day of discharge; check the date.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="261" />
        <source>Write who made the call.</source>
        <translation>Write who made the call.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="263" />
        <source>A meeting about this stay cannot be before the admission date.</source>
        <translation>A meeting about this stay cannot be before the admission date.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="266" />
        <source>A meeting in the future cannot be marked as held; check the date.</source>
        <translation>A meeting in the future cannot be marked as held; check the date.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="269" />
        <source>A participant is no longer among the plan's contacts. Open the meeting again.</source>
        <translation>A participant is no longer among the plan's contacts. Open the meeting again.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="274" />
        <source>The period ends before it begins; check the dates.</source>
        <translation>The period ends before it begins; check the dates.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="276" />
        <source>Write the person's full name.</source>
        <translation>Write the person's full name.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="278" />
        <source>A user name is 2–32 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>A user name is 2–32 letters, digits, dots, dashes or underscores, without spaces.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="282" />
        <source>This user name is taken; choose another.</source>
        <translation>This user name is taken; choose another.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="284" />
        <source>The password needs at least 12 characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation>The password needs at least 12 characters. A few ordinary words in a row are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="291" />
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="293" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="295" />
        <source>The ward needs at least one active administrator; make someone else one first.</source>
        <translation>The ward needs at least one active administrator; make someone else one first.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="300" />
        <source>This is not the ward's recovery key. Check each group of four letters and digits against the paper.</source>
        <translation>This is not the ward's recovery key. Check each group of four letters and digits against the paper.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="307" />
        <source>The recovery key gives a new password to an active administrator only. Others ask an administrator for a new password.</source>
        <translation>The recovery key gives a new password to an active administrator only. Others ask an administrator for a new password.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="314" />
        <source>This is not your current password. After five wrong ones, you must wait a little between attempts.</source>
        <translation>This is not your current password. After five wrong ones, you must wait a little between attempts.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="322" />
        <source>Write who may receive the information.</source>
        <translation>Write who may receive the information.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="325" />
        <source>Tick at least one area the patient agrees to share.</source>
        <translation>Tick at least one area the patient agrees to share.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="328" />
        <source>The date consent was given cannot be in the future.</source>
        <translation>The date consent was given cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="330" />
        <source>Write who noted the consent.</source>
        <translation>Write who noted the consent.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="332" />
        <source>The expiry date is before the date consent was given.</source>
        <translation>The expiry date is before the date consent was given.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="335" />
        <source>The withdrawal date is before the date consent was given.</source>
        <translation>The withdrawal date is before the date consent was given.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="338" />
        <source>The withdrawal date cannot be in the future.</source>
        <translation>The withdrawal date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="340" />
        <source>Write what the appointment is.</source>
        <translation>Write what the appointment is.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="342" />
        <source>Too long: this field takes at most %1 characters.</source>
        <translation>Too long: this field takes at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="345" />
        <source>Too long: this text takes at most %1 characters (about four pages).</source>
        <translation>Too long: this text takes at most %1 characters (about four pages).</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/texts.py" line="347" />
        <source>Check the year: a date from %1 to %2.</source>
        <translation>Check the year: a date from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>ThisWeekView</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="86" />
        <source>← Ward overview</source>
        <translation>← Ward overview</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="88" />
        <source>Back to all plans (Esc or Ctrl+1)</source>
        <translation>Back to all plans (Esc or Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="92" />
        <source>This week: open items due in the next 7 days or overdue</source>
        <translation>This week: open items due in the next 7 days or overdue</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="98" />
        <source>Only &amp;mine</source>
        <translation>Only &amp;mine</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="100" />
        <source>Show only my plans and items</source>
        <translation>Show only my plans and items</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="102" />
        <source>Only plans you are responsible for, and items and actions that name you</source>
        <translation>Only plans you are responsible for, and items and actions that name you</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="111" />
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="183" />
        <source>Nothing of yours is due in the next 7 days, and nothing is overdue.

Untick «Only mine» to see the whole ward.</source>
        <translation>Nothing of yours is due in the next 7 days, and nothing is overdue.

Untick «Only mine» to see the whole ward.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/this_week.py" line="190" />
        <source>Nothing is due in the next 7 days, and nothing is overdue. Well done.

New due dates appear here a week ahead.</source>
        <translation>Nothing is due in the next 7 days, and nothing is overdue. Well done.

New due dates appear here a week ahead.</translation>
    </message>
</context>
<context>
    <name>UnplannedProcedureDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="220" />
        <source>Procedure for an unplanned end</source>
        <translation>Procedure for an unplanned end</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="225" />
        <source>Write it at admission: if the patient leaves or is discharged early, the municipality must be told the same day.</source>
        <translation>Write it at admission: if the patient leaves or is discharged early, the municipality must be told the same day.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="230" />
        <source>e.g. Kari Eksempel, ruskonsulent</source>
        <translation>e.g. Kari Eksempel, ruskonsulent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="231" />
        <source>&amp;Tell in the municipality</source>
        <translation>&amp;Tell in the municipality</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="232" />
        <source>e.g. 912 34 567</source>
        <translation>e.g. 912 34 567</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="233" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="235" />
        <source>e.g. the patient's contact at the ward</source>
        <translation>e.g. the patient's contact at the ward</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="237" />
        <source>&amp;Who at the ward tells them</source>
        <translation>&amp;Who at the ward tells them</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="241" />
        <source>e.g. tell next of kin, when the patient consents to it</source>
        <translation>e.g. tell next of kin, when the patient consents to it</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="243" />
        <source>What &amp;else to do</source>
        <translation>What &amp;else to do</translation>
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
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="52" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="53" />
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="69" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="70" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="71" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="73" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="91" />
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="137" />
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="186" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="148" />
        <source>Everyone who works with the plans signs in with a user of their own. Users are never deleted: a deactivated user can no longer sign in, but stays in this list, in the log and on what they wrote.</source>
        <translation>Everyone who works with the plans signs in with a user of their own. Users are never deleted: a deactivated user can no longer sign in, but stays in this list, in the log and on what they wrote.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="208" />
        <source>&amp;New user…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="211" />
        <source>New &amp;password…</source>
        <translation>New &amp;password…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="212" />
        <source>For someone who has forgotten theirs: the old password stops working</source>
        <translation>For someone who has forgotten theirs: the old password stops working</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="215" />
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="277" />
        <source>Make &amp;administrator</source>
        <translation>Make &amp;administrator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="218" />
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="219" />
        <source>They can no longer sign in; they stay in the list and in the log (Del)</source>
        <translation>They can no longer sign in; they stay in the list and in the log (Del)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="224" />
        <source>Activate a&amp;gain…</source>
        <translation>Activate a&amp;gain…</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="225" />
        <source>They sign in again with a new password</source>
        <translation>They sign in again with a new password</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="275" />
        <source>Make &amp;staff user</source>
        <translation>Make &amp;staff user</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="300" />
        <source>%1 is added and can sign in as «%2».</source>
        <translation>%1 is added and can sign in as «%2».</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="315" />
        <source>%1 has a new password; the old one no longer works.</source>
        <translation>%1 has a new password; the old one no longer works.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="327" />
        <source>%1 is now an administrator.</source>
        <translation>%1 is now an administrator.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="329" />
        <source>%1 is now staff, no longer an administrator.</source>
        <translation>%1 is now staff, no longer an administrator.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="341" />
        <source>Deactivate %1 (%2)? They can no longer sign in. They stay in this list, in the log and on what they wrote, and can be activated again with a new password.</source>
        <translation>Deactivate %1 (%2)? They can no longer sign in. They stay in this list, in the log and on what they wrote, and can be activated again with a new password.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="347" />
        <source>This is you: you cannot sign in again until another administrator activates you.</source>
        <translation>This is you: you cannot sign in again until another administrator activates you.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="349" />
        <source>Deactivate user</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="354" />
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation>%1 is deactivated and can no longer sign in.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="370" />
        <source>%1 is active again and can sign in with the new password.</source>
        <translation>%1 is active again and can sign in with the new password.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="381" />
        <source>Not stored (%1). Nothing was changed; try again in a moment.</source>
        <translation>Not stored (%1). Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="401" />
        <source>No longer an administrator</source>
        <translation>No longer an administrator</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/user_admin.py" line="402" />
        <source>You are no longer an administrator, so the list of users closes.</source>
        <translation>You are no longer an administrator, so the list of users closes.</translation>
    </message>
</context>
<context>
    <name>UserBedDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="76" />
        <source>User-controlled bed</source>
        <translation>User-controlled bed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="83" />
        <source>The patient decides when to use the bed. A contract usually runs six months, with at most 5 days a stay and at least 14 days between stays.</source>
        <translation>The patient decides when to use the bed. A contract usually runs six months, with at most 5 days a stay and at least 14 days between stays.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="88" />
        <source>The patient &amp;has a contract</source>
        <translation>The patient &amp;has a contract</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="93" />
        <source>e.g. the ward's own crisis bed</source>
        <translation>e.g. the ward's own crisis bed</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="95" />
        <source>&amp;Institution</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="98" />
        <source>Contract &amp;from</source>
        <translation>Contract &amp;from</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="100" />
        <source>Contract &amp;to</source>
        <translation>Contract &amp;to</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="102" />
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="105" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="103" />
        <source>At &amp;most per stay</source>
        <translation>At &amp;most per stay</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="107" />
        <source>At &amp;least between stays</source>
        <translation>At &amp;least between stays</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="110" />
        <source>The phone number to call, and what to say</source>
        <translation>The phone number to call, and what to say</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/crisis_dialogs.py" line="112" />
        <source>How to &amp;ask for it</source>
        <translation>How to &amp;ask for it</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="68" />
        <source>At least %1 characters</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/user_dialogs.py" line="149" />
        <source>Not stored (%1). What you typed is still here; try again in a moment.</source>
        <translation>Not stored (%1). What you typed is still here; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>ViewDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="293" />
        <source>The patient's view</source>
        <translation>The patient's view</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="297" />
        <source>Write down what the patient says, in their own words, doubts included: some are put off by the 12-step wording about a «higher power». There is no wrong answer.</source>
        <translation>Write down what the patient says, in their own words, doubts included: some are put off by the 12-step wording about a «higher power». There is no wrong answer.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="312" />
        <source>Choose the answer closest to what the patient said.</source>
        <translation>Choose the answer closest to what the patient said.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="314" />
        <source>The patient &amp;is</source>
        <translation>The patient &amp;is</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="317" />
        <source>e.g. «I want to try NA, but not alone»</source>
        <translation>e.g. «I want to try NA, but not alone»</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/selfhelp_dialogs.py" line="319" />
        <source>In their own &amp;words</source>
        <translation>In their own &amp;words</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/view_menu.py" line="25" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/view_menu.py" line="27" />
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/view_menu.py" line="28" />
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/view_menu.py" line="29" />
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/view_menu.py" line="36" />
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="212" />
        <source>Change meeting visited</source>
        <translation>Change meeting visited</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="212" />
        <source>Meeting visited</source>
        <translation>Meeting visited</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="217" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="221" />
        <source>Choose from the directory, or write the name below</source>
        <translation>Choose from the directory, or write the name below</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="227" />
        <source>e.g. NA, the Tuesday meeting at the hospital</source>
        <translation>e.g. NA, the Tuesday meeting at the hospital</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="228" />
        <source>Name of a group not in the directory</source>
        <translation>Name of a group not in the directory</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="229" />
        <source>&amp;Group</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="233" />
        <source>e.g. a staff member, or alone</source>
        <translation>e.g. a staff member, or alone</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/first_meeting_dialog.py" line="234" />
        <source>&amp;With whom</source>
        <translation>&amp;With whom</translation>
    </message>
</context>
<context>
    <name>WardDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="22" />
        <source>Ward details</source>
        <translation>Ward details</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="29" />
        <source>Printed as the sender on every handover and patient's copy. The phone number is the one the kommune and the patient are told to call.</source>
        <translation>Printed as the sender on every handover and patient's copy. The phone number is the one the kommune and the patient are told to call.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="38" />
        <source>Write the ward's name.</source>
        <translation>Write the ward's name.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="41" />
        <source>e.g. the health trust or the institution</source>
        <translation>e.g. the health trust or the institution</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="44" />
        <source>A number that answers day and night, if there is one</source>
        <translation>A number that answers day and night, if there is one</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="45" />
        <source>&amp;Ward</source>
        <translation>&amp;Ward</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="46" />
        <source>&amp;Institution</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="47" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="54" />
        <source> min without use</source>
        <translation> min without use</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="56" />
        <source>The window locks when nobody has used it this long; what is typed is stored first.</source>
        <translation>The window locks when nobody has used it this long; what is typed is stored first.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/ward_dialog.py" line="58" />
        <source>&amp;Lock after</source>
        <translation>&amp;Lock after</translation>
    </message>
</context>
<context>
    <name>WardOverview</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="117" />
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="119" />
        <source>Create a plan for a newly admitted patient (Ctrl+N)</source>
        <translation>Create a plan for a newly admitted patient (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="121" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="123" />
        <source>Everything due in the next 7 days or overdue (Ctrl+2)</source>
        <translation>Everything due in the next 7 days or overdue (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="125" />
        <source>Self-help groups</source>
        <translation>Self-help groups</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="128" />
        <source>The ward's list of local self-help groups: days, times, places (Ctrl+3)</source>
        <translation>The ward's list of local self-help groups: days, times, places (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="133" />
        <source>Show plans</source>
        <translation>Show plans</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="134" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="134" />
        <source>Discharged</source>
        <translation>Discharged</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="134" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="136" />
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="138" />
        <source>Only &amp;mine</source>
        <translation>Only &amp;mine</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="140" />
        <source>Only plans where you are the responsible staff member</source>
        <translation>Only plans where you are the responsible staff member</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="144" />
        <source>Search name or national identity number (Ctrl+F)</source>
        <translation>Search name or national identity number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="145" />
        <source>Search plans</source>
        <translation>Search plans</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="163" />
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="288" />
        <source>No active plans yet.

Press «New plan» (Ctrl+N) on the day a patient is admitted: the checklist walks you through what must be in place before discharge.</source>
        <translation>No active plans yet.

Press «New plan» (Ctrl+N) on the day a patient is admitted: the checklist walks you through what must be in place before discharge.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="293" />
        <source>No plans to show here. Choose «Active» or «All» above.</source>
        <translation>No plans to show here. Choose «Active» or «All» above.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="295" />
        <source>No plan matches the search. Check the spelling or clear the search.</source>
        <translation>No plan matches the search. Check the spelling or clear the search.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/ward_overview.py" line="298" />
        <source>You are not responsible for any of these plans. Untick «Only mine» to see all.</source>
        <translation>You are not responsible for any of these plans. Untick «Only mine» to see all.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="354" />
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="365" />
        <source>%1 · consent given %2</source>
        <translation>%1 · consent given %2</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="369" />
        <source>From the date below, no documents for this recipient can be made. The consent stays in the register, marked as withdrawn.</source>
        <translation>From the date below, no documents for this recipient can be made. The consent stays in the register, marked as withdrawn.</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="381" />
        <source>Withdrawn &amp;on</source>
        <translation>Withdrawn &amp;on</translation>
    </message>
    <message>
        <location filename="../../src/dischargeplanner/ui/dialogs/consent_dialog.py" line="386" />
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
</context>
</TS>
