<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>twin::ContainmentTreeModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/containmenttreemodel.cpp" line="282"/>
        <source>Move %n twin(s)</source>
        <translation>
            <numerusform>Move %n twin</numerusform>
            <numerusform>Move %n twins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::FloorPlanEditor</name>
    <message numerus="yes">
        <location filename="../models/document/floorplaneditor.cpp" line="250"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/floorplaneditor.cpp" line="352"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::InspectorModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/inspectorrelationships.cpp" line="78"/>
        <source>%1 already has %n &apos;%2&apos; relationship(s), the most its model allows</source>
        <translation>
            <numerusform>%1 already has %n &apos;%2&apos; relationship, the most its model allows</numerusform>
            <numerusform>%1 already has %n &apos;%2&apos; relationships, the most its model allows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::Project</name>
    <message numerus="yes">
        <location filename="../models/document/project.cpp" line="236"/>
        <source>Remove %n twin(s)</source>
        <translation>
            <numerusform>Remove %n twin</numerusform>
            <numerusform>Remove %n twins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/project.cpp" line="472"/>
        <source>%n inconsistent twin(s) or relationship(s) were skipped</source>
        <translation>
            <numerusform>%n inconsistent twin or relationship was skipped</numerusform>
            <numerusform>%n inconsistent twins or relationships were skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/project.cpp" line="539"/>
        <source>%n path(s)</source>
        <translation>
            <numerusform>%n path</numerusform>
            <numerusform>%n paths</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::TwinClipboard</name>
    <message numerus="yes">
        <location filename="../models/document/twinclipboard.cpp" line="193"/>
        <source>Paste %n twin(s)</source>
        <translation>
            <numerusform>Paste %n twin</numerusform>
            <numerusform>Paste %n twins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::AddRelationshipDialog</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="50"/>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="127"/>
        <source>The model allows at most %n of these, and the twin has them.</source>
        <translation>
            <numerusform>The model allows at most %n of these, and the twin has it.</numerusform>
            <numerusform>The model allows at most %n of these, and the twin has them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="137"/>
        <source>%n greyed-out twin(s) cannot be chosen: a twin has one place in the containment tree and cannot contain what contains it (the tooltip says why).</source>
        <translation>
            <numerusform>%n greyed-out twin cannot be chosen: a twin has one place in the containment tree and cannot contain what contains it (the tooltip says why).</numerusform>
            <numerusform>%n greyed-out twins cannot be chosen: a twin has one place in the containment tree and cannot contain what contains it (the tooltip says why).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::DashboardTileWidget</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="135"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="136"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="137"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="139"/>
        <source>%1 of %n sensors, %2</source>
        <translation>
            <numerusform>%1 of %n sensor, %2</numerusform>
            <numerusform>%1 of %n sensors, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionDebugPanel</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="101"/>
        <source>Running over %n message(s)…</source>
        <translation>
            <numerusform>Running over %n message…</numerusform>
            <numerusform>Running over %n messages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionFindBar</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="126"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionsView</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="553"/>
        <source>%n failure(s) in the live run, the last: %1</source>
        <translation>
            <numerusform>%n failure in the live run, the last: %1</numerusform>
            <numerusform>%n failures in the live run, the last: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::InterchangeActions</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="71"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="179"/>
        <source>Nothing was imported from %1: it has %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported from %1: it has %n problem.</numerusform>
            <numerusform>Nothing was imported from %1: it has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="189"/>
        <source>%1 defines %n model(s) that the project already has with another definition.</source>
        <translation>
            <numerusform>%1 defines %n model that the project already has with another definition.</numerusform>
            <numerusform>%1 defines %n models that the project already has with another definition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="213"/>
        <source>%1 has %n problem(s), so it cannot be imported whole.</source>
        <translation>
            <numerusform>%1 has %n problem, so it cannot be imported whole.</numerusform>
            <numerusform>%1 has %n problems, so it cannot be imported whole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="236"/>
        <source>%1 was imported; %n twin(s) or relationship(s) were left out.</source>
        <translation>
            <numerusform>%1 was imported; %n twin or relationship was left out.</numerusform>
            <numerusform>%1 was imported; %n twins or relationships were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="294"/>
        <source>No interface was loaded: the ontology has %n problem(s).</source>
        <translation>
            <numerusform>No interface was loaded: the ontology has %n problem.</numerusform>
            <numerusform>No interface was loaded: the ontology has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="300"/>
        <source>Loaded %n interface(s)</source>
        <translation>
            <numerusform>Loaded %n interface</numerusform>
            <numerusform>Loaded %n interfaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::LiveControls</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/livecontrols.cpp" line="374"/>
        <source>%1 · %n outage(s), %2 s without broker</source>
        <translation>
            <numerusform>%1 · %n outage, %2 s without broker</numerusform>
            <numerusform>%1 · %n outages, %2 s without broker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/livecontrols.cpp" line="390"/>
        <source>Connection lost %n time(s), %1 s without broker in all; %2 messages sent again were stored once</source>
        <translation>
            <numerusform>Connection lost %n time, %1 s without broker in all; %2 messages sent again were stored once</numerusform>
            <numerusform>Connection lost %n times, %1 s without broker in all; %2 messages sent again were stored once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/mainwindow.cpp" line="375"/>
        <source>%n twins selected</source>
        <translation>
            <numerusform>%n twin selected</numerusform>
            <numerusform>%n twins selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::NewFunctionDialog</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="58"/>
        <source>%1 (%n sensor(s))</source>
        <translation>
            <numerusform>%1 (%n sensor)</numerusform>
            <numerusform>%1 (%n sensors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::TopologyDock</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/topologydock.cpp" line="353"/>
        <source>Choose among %n type(s), by name or model id</source>
        <translation>
            <numerusform>Choose among %n type, by name or model id</numerusform>
            <numerusform>Choose among %n types, by name or model id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::TypePickerDialog</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/typepickerdialog.cpp" line="68"/>
        <source>Search %n type(s) by name or model id</source>
        <translation>
            <numerusform>Search %n type by name or model id</numerusform>
            <numerusform>Search %n types by name or model id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::view3d::RoomColouring</name>
    <message numerus="yes">
        <location filename="../qml/view3d/roomcolouring.cpp" line="174"/>
        <location filename="../qml/view3d/roomcolouring.cpp" line="197"/>
        <source>Faded: the values are older than %n s.</source>
        <translation>
            <numerusform>Faded: the values are older than %n s.</numerusform>
            <numerusform>Faded: the values are older than %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/view3d/roomcolouring.cpp" line="219"/>
        <source>%1: %2 (%n s ago)</source>
        <translation>
            <numerusform>%1: %2 (%n s ago)</numerusform>
            <numerusform>%1: %2 (%n s ago)</numerusform>
        </translation>
    </message>
</context>
</TS>
