<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AppMode</name>
    <message>
        <source>Auditor mode (read-only)</source>
        <translation>Prüfmodus (nur lesen)</translation>
    </message>
    <message>
        <source>Operator mode</source>
        <translation>Betriebsmodus</translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>Hugepages per NUMA node</source>
        <translation>Hugepages pro NUMA-Knoten</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Filter devices by name, address, driver or product</source>
        <translation>Geräte nach Name, Adresse, Treiber oder Produkt filtern</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All NUMA nodes</source>
        <translation>Alle NUMA-Knoten</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>FlavorsPage</name>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Domain XML preview</source>
        <translation>Vorschau des Domain-XML</translation>
    </message>
    <message>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
</context>
<context>
    <name>HostsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>vDeck — %1</source>
        <translation>vDeck — %1</translation>
    </message>
    <message>
        <source>vDeck</source>
        <translation>vDeck</translation>
    </message>
    <message>
        <source>No host open</source>
        <translation>Kein Host geöffnet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About vDeck</source>
        <translation>Ü&amp;ber vDeck</translation>
    </message>
    <message>
        <source>About vDeck</source>
        <translation>Über vDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;vDeck %1&lt;/h3&gt;&lt;p&gt;A console for accelerated virtualization hosts: device trees, Nova flavors, libvirt domain XML.&lt;/p&gt;&lt;p&gt;Qt %2 · libvirt %3 · libssh %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;vDeck %1&lt;/h3&gt;&lt;p&gt;Eine Konsole für beschleunigte Virtualisierungshosts: Gerätebäume, Nova-Flavors, libvirt-Domain-XML.&lt;/p&gt;&lt;p&gt;Qt %2 · libvirt %3 · libssh %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OperationsPage</name>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>could not render the window</source>
        <translation>das Fenster konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for accelerated virtualization hosts</source>
        <translation>Konsole für beschleunigte Virtualisierungshosts</translation>
    </message>
    <message>
        <source>Render the main window offscreen to FILE (PNG) and exit.</source>
        <translation>Das Hauptfenster ohne Bildschirm in DATEI (PNG) zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Show page ID: hosts, devices, flavors, xml, findings, operations, capacity.</source>
        <translation>Seite ID zeigen: hosts, devices, flavors, xml, findings, operations, capacity.</translation>
    </message>
    <message>
        <source>User interface language: de, fr or en.</source>
        <translation>Sprache der Oberfläche: de, fr oder en.</translation>
    </message>
    <message>
        <source>Auditor mode: read-only connections, no write actions.</source>
        <translation>Prüfmodus: nur lesende Verbindungen, keine schreibenden Aktionen.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
</context>
</TS>