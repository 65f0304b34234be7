<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Reserved (GiB)</source>
        <translation>Reserviert (GiB)</translation>
    </message>
    <message>
        <source>Free (GiB)</source>
        <translation>Frei (GiB)</translation>
    </message>
    <message>
        <source>N%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>VFs</source>
        <translation>VFs</translation>
    </message>
    <message>
        <source>Available instances</source>
        <translation>Verfügbare Instanzen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Hugepages per NUMA node and size</source>
        <translation>Hugepages je NUMA-Knoten und Größe</translation>
    </message>
    <message>
        <source>VF use per PF</source>
        <translation>VF-Belegung je PF</translation>
    </message>
    <message>
        <source>mdev instances per type</source>
        <translation>mdev-Instanzen je Typ</translation>
    </message>
    <message>
        <source>No host selected.</source>
        <translation>Kein Host ausgewählt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — captured %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — erfasst %2</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Open read-only</source>
        <translation>Nur lesend öffnen</translation>
    </message>
    <message>
        <source>Save this host</source>
        <translation>Diesen Host speichern</translation>
    </message>
    <message>
        <source>Connect to Host</source>
        <translation>Mit Host verbinden</translation>
    </message>
    <message>
        <source>Local (qemu:///)</source>
        <translation>Lokal (qemu:///)</translation>
    </message>
    <message>
        <source>SSH (qemu+ssh://)</source>
        <translation>SSH (qemu+ssh://)</translation>
    </message>
    <message>
        <source>libssh, verified host key (qemu+libssh://)</source>
        <translation>libssh, geprüfter Host-Schlüssel (qemu+libssh://)</translation>
    </message>
    <message>
        <source>TLS (qemu+tls://)</source>
        <translation>TLS (qemu+tls://)</translation>
    </message>
    <message>
        <source>Test driver (test:///)</source>
        <translation>Testtreiber (test:///)</translation>
    </message>
    <message>
        <source>defaults to the URI</source>
        <translation>Standard: die URI</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>empty: test:///default</source>
        <translation>leer: test:///default</translation>
    </message>
    <message>
        <source>Auditor mode opens every connection read-only.</source>
        <translation>Im Prüfermodus wird jede Verbindung nur lesend geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Known hosts:</source>
        <translation>Bekannte &amp;Hosts:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Treiber:</translation>
    </message>
    <message>
        <source>Test &amp;file:</source>
        <translation>Test&amp;datei:</translation>
    </message>
    <message>
        <source>Resulting URI:</source>
        <translation>Ergebnis-URI:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>Privaten Schlüssel wählen</translation>
    </message>
    <message>
        <source>Choose a libvirt test-driver XML</source>
        <translation>XML für den libvirt-Testtreiber wählen</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Credentials for %1</source>
        <translation>Anmeldedaten für %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>libvirt asks for these to connect to %1. vDeck passes them on and does not store them.</source>
        <translation>libvirt fragt dies für die Verbindung zu %1. vDeck gibt es weiter und speichert es nicht.</translation>
    </message>
</context>
<context>
    <name>DeviceDetails</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select a device to see libvirt&apos;s XML for it.</source>
        <translation>Wählen Sie ein Gerät, um sein libvirt-XML zu sehen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Logical parent</source>
        <translation>Logisches Elternteil</translation>
    </message>
    <message>
        <source>libvirt parent</source>
        <translation>libvirt-Elternteil</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>NUMA node</source>
        <translation>NUMA-Knoten</translation>
    </message>
    <message>
        <source>IOMMU group</source>
        <translation>IOMMU-Gruppe</translation>
    </message>
    <message>
        <source>PCI address</source>
        <translation>PCI-Adresse</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>PCIe link</source>
        <translation>PCIe-Verbindung</translation>
    </message>
    <message>
        <source>%1 GT/s x%2</source>
        <translation>%1 GT/s x%2</translation>
    </message>
    <message>
        <source>VFs</source>
        <translation>VFs</translation>
    </message>
    <message>
        <source>%1 used of %2 (max %3)</source>
        <translation>%1 von %2 belegt (max. %3)</translation>
    </message>
    <message>
        <source>Physical function</source>
        <translation>Physische Funktion</translation>
    </message>
    <message>
        <source>VPD</source>
        <translation>VPD</translation>
    </message>
    <message>
        <source>Netdev</source>
        <translation>Netzgerät</translation>
    </message>
    <message>
        <source>vDPA device</source>
        <translation>vDPA-Gerät</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1, %2 Mb/s</source>
        <translation>%1, %2 Mbit/s</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>vDPA chardev</source>
        <translation>vDPA-Zeichengerät</translation>
    </message>
    <message>
        <source>mdev type</source>
        <translation>mdev-Typ</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>mdev type %1</source>
        <translation>mdev-Typ %1</translation>
    </message>
    <message>
        <source>%1, %2 available</source>
        <translation>%1, %2 verfügbar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Device API</source>
        <translation>Geräte-API</translation>
    </message>
    <message>
        <source>Available instances</source>
        <translation>Verfügbare Instanzen</translation>
    </message>
    <message>
        <source>Parent device</source>
        <translation>Elterngerät</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>NUMA</source>
        <translation>NUMA</translation>
    </message>
    <message>
        <source>IOMMU group</source>
        <translation>IOMMU-Gruppe</translation>
    </message>
    <message>
        <source>Vendor / product</source>
        <translation>Hersteller / Produkt</translation>
    </message>
    <message>
        <source>VFs used / total, or instances available</source>
        <translation>VFs belegt / gesamt oder verfügbare Instanzen</translation>
    </message>
    <message>
        <source> (orphan)</source>
        <translation> (verwaist)</translation>
    </message>
    <message>
        <source> (broken)</source>
        <translation> (defekt)</translation>
    </message>
    <message>
        <source>%1 / %2 VFs (max %3)</source>
        <translation>%1 / %2 VFs (max. %3)</translation>
    </message>
    <message>
        <source>mdev type</source>
        <translation>mdev-Typ</translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n verfügbar</numerusform>
            <numerusform>%n verfügbar</numerusform>
        </translation>
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
    <message>
        <source>SR-IOV PFs</source>
        <translation>SR-IOV-PFs</translation>
    </message>
    <message>
        <source>SR-IOV VFs</source>
        <translation>SR-IOV-VFs</translation>
    </message>
    <message>
        <source>vDPA devices</source>
        <translation>vDPA-Geräte</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>GPUs (mdev parents)</source>
        <translation>GPUs (mdev-Eltern)</translation>
    </message>
    <message>
        <source>Mediated devices</source>
        <translation>Vermittelte Geräte (mdev)</translation>
    </message>
    <message>
        <source>Other PCI devices</source>
        <translation>Andere PCI-Geräte</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Andere Geräte</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;XML</source>
        <translation>&amp;XML kopieren</translation>
    </message>
    <message>
        <source>&amp;Use in Flavor</source>
        <translation>In Flavor &amp;verwenden</translation>
    </message>
    <message>
        <source>Add the port or resource request this device needs to the current flavor</source>
        <translation>Fügt dem aktuellen Flavor den Port oder die Ressourcenanforderung hinzu, die dieses Gerät braucht</translation>
    </message>
    <message>
        <source>NUMA node %1</source>
        <translation>NUMA-Knoten %1</translation>
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
    <name>HostDetails</name>
    <message>
        <source>&lt;p&gt;Select a host to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Host, um Einzelheiten zu sehen.&lt;/p&gt;</translation>
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
        <source>Not captured yet: connect to read the host.</source>
        <translation>Noch nicht erfasst: verbinden, um den Host zu lesen.</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>%1 (per NUMA cell: %2 × %3 × %4 sockets × cores × threads)</source>
        <translation>%1 (je NUMA-Zelle: %2 × %3 × %4 Sockel × Kerne × Threads)</translation>
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
        <source>NUMA cells</source>
        <translation>NUMA-Zellen</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Hugepages (free / total)</source>
        <translation>Hugepages (frei / gesamt)</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>Host facts (ssh probe of %1)</source>
        <translation>Host-Fakten (SSH-Abfrage von %1)</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Realtime kernel</source>
        <translation>Echtzeit-Kernel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>Isolated CPUs</source>
        <translation>Isolierte CPUs</translation>
    </message>
    <message>
        <source>SMT</source>
        <translation>SMT</translation>
    </message>
    <message>
        <source>libvirt (probe)</source>
        <translation>libvirt (Abfrage)</translation>
    </message>
    <message>
        <source>QEMU (probe)</source>
        <translation>QEMU (Abfrage)</translation>
    </message>
    <message>
        <source>Memlock limit</source>
        <translation>Memlock-Grenze</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>node %1, %2: %3 free of %4</source>
        <translation>Knoten %1, %2: %3 von %4 frei</translation>
    </message>
    <message>
        <source>Hugepage pools</source>
        <translation>Hugepage-Pools</translation>
    </message>
    <message>
        <source>vDPA devices</source>
        <translation>vDPA-Geräte</translation>
    </message>
    <message>
        <source>mdev types</source>
        <translation>mdev-Typen</translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message>
        <source>snapshot of %1</source>
        <translation>Schnappschuss vom %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>connected (read-only)</source>
        <translation>verbunden (nur lesend)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message numerus="yes">
        <source>disconnected: %1 (retry in %n s)</source>
        <translation>
            <numerusform>getrennt: %1 (neuer Versuch in %n s)</numerusform>
            <numerusform>getrennt: %1 (neuer Versuch in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>disconnected: %1</source>
        <translation>getrennt: %1</translation>
    </message>
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
</context>
<context>
    <name>HostValidator</name>
    <message>
        <source>unknown libvirt error</source>
        <translation>unbekannter libvirt-Fehler</translation>
    </message>
    <message>
        <source>validation on a host defines a scratch domain; not available in auditor mode</source>
        <translation>die Prüfung auf einem Host legt eine Wegwerf-Domäne an; im Prüfermodus nicht verfügbar</translation>
    </message>
    <message>
        <source>no live connection to the host</source>
        <translation>keine aktive Verbindung zum Host</translation>
    </message>
    <message>
        <source>the connection is read-only: %1</source>
        <translation>die Verbindung ist nur lesend: %1</translation>
    </message>
    <message>
        <source>accepted by libvirt</source>
        <translation>von libvirt angenommen</translation>
    </message>
</context>
<context>
    <name>HostsPage</name>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>Schnappschuss gespeichert unter %1</translation>
    </message>
    <message>
        <source>&amp;Connect to Host…</source>
        <translation>Mit Host &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Open Host Snapshot…</source>
        <translation>Host-Schnappschuss ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>C&amp;apture Snapshot…</source>
        <translation>Schnappschuss &amp;erfassen…</translation>
    </message>
    <message>
        <source>Load Host &amp;Facts…</source>
        <translation>Host-&amp;Fakten laden…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Neu ve&amp;rbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Re&amp;move Host</source>
        <translation>Host ent&amp;fernen</translation>
    </message>
    <message>
        <source>Open Host Snapshot</source>
        <translation>Host-Schnappschuss öffnen</translation>
    </message>
    <message>
        <source>vDeck host snapshots (*.vdeckhost);;All files (*)</source>
        <translation>vDeck-Host-Schnappschüsse (*.vdeckhost);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Host Snapshot</source>
        <translation>Host-Schnappschuss speichern</translation>
    </message>
    <message>
        <source>vDeck host snapshots (*.vdeckhost)</source>
        <translation>vDeck-Host-Schnappschüsse (*.vdeckhost)</translation>
    </message>
    <message>
        <source>Load Host Facts (vdeckctl probe --json)</source>
        <translation>Host-Fakten laden (vdeckctl probe --json)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
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
    <message>
        <source>Demo host</source>
        <translation>Demo-Host</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
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
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>SchemaValidator</name>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>libvirt schema not found: %1</source>
        <translation>libvirt-Schema nicht gefunden: %1</translation>
    </message>
    <message>
        <source>cannot load schema %1: %2</source>
        <translation>Schema %1 kann nicht geladen werden: %2</translation>
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
    <name>hosts</name>
    <message>
        <source>a host name is needed</source>
        <translation>ein Hostname wird benötigt</translation>
    </message>
    <message>
        <source>driver path must be /system or /session</source>
        <translation>der Treiberpfad muss /system oder /session sein</translation>
    </message>
    <message>
        <source>the test driver needs an absolute file path</source>
        <translation>der Testtreiber braucht einen absoluten Dateipfad</translation>
    </message>
</context>
<context>
    <name>hosts::HostManager</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Reading devices of %1</source>
        <translation>Lese Geräte von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>%1 has no captured state to save yet</source>
        <translation>%1 hat noch keinen erfassten Zustand zum Speichern</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Speichere %1…</translation>
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
    <message>
        <source>Open the host snapshot F (.vdeckhost) instead of the demo host.</source>
        <translation>Den Host-Schnappschuss F (.vdeckhost) statt des Demo-Hosts öffnen.</translation>
    </message>
</context>
</TS>
