<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppMode</name>
    <message>
        <source>Auditor mode (read-only)</source>
        <translation>Mode auditeur (lecture seule)</translation>
    </message>
    <message>
        <source>Operator mode</source>
        <translation>Mode opérateur</translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Reserved (GiB)</source>
        <translation>Réservé (Gio)</translation>
    </message>
    <message>
        <source>Free (GiB)</source>
        <translation>Libre (Gio)</translation>
    </message>
    <message>
        <source>N%1 %2</source>
        <translation>N%1 %2</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisées</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>VFs</source>
        <translation>VF</translation>
    </message>
    <message>
        <source>Available instances</source>
        <translation>Instances disponibles</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>instances</translation>
    </message>
    <message>
        <source>Hugepages per NUMA node and size</source>
        <translation>Pages énormes par nœud NUMA et taille</translation>
    </message>
    <message>
        <source>VF use per PF</source>
        <translation>Utilisation des VF par PF</translation>
    </message>
    <message>
        <source>mdev instances per type</source>
        <translation>Instances mdev par type</translation>
    </message>
    <message>
        <source>No host selected.</source>
        <translation>Aucun hôte sélectionné.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — captured %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — capturé le %2</translation>
    </message>
</context>
<context>
    <name>ComputeForm</name>
    <message>
        <source>Set vCPUs</source>
        <translation>Définir les vCPU</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>Set root disk</source>
        <translation>Définir le disque racine</translation>
    </message>
    <message>
        <source>Set ephemeral disk</source>
        <translation>Définir le disque éphémère</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Set swap</source>
        <translation>Définir le swap</translation>
    </message>
    <message>
        <source>Visible to every project</source>
        <translation>Visible par tous les projets</translation>
    </message>
    <message>
        <source>What this flavor is for</source>
        <translation>À quoi sert ce gabarit</translation>
    </message>
    <message>
        <source>Rename flavor</source>
        <translation>Renommer le gabarit</translation>
    </message>
    <message>
        <source>Set RAM</source>
        <translation>Définir la RAM</translation>
    </message>
    <message>
        <source>Set public</source>
        <translation>Définir la visibilité publique</translation>
    </message>
    <message>
        <source>Set description</source>
        <translation>Définir la description</translation>
    </message>
    <message>
        <source>Nova flavor</source>
        <translation>Gabarit Nova</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Root disk</source>
        <translation>Disque racine</translation>
    </message>
    <message>
        <source>Ephemeral disk</source>
        <translation>Disque éphémère</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Save this host</source>
        <translation>Enregistrer cet hôte</translation>
    </message>
    <message>
        <source>Connect to Host</source>
        <translation>Se connecter à un hôte</translation>
    </message>
    <message>
        <source>Local (qemu:///)</source>
        <translation>Local (qemu:///)</translation>
    </message>
    <message>
        <source>SSH (qemu+ssh://)</source>
        <translation>SSH (qemu+ssh://)</translation>
    </message>
    <message>
        <source>libssh, verified host key (qemu+libssh://)</source>
        <translation>libssh, clé d’hôte vérifiée (qemu+libssh://)</translation>
    </message>
    <message>
        <source>TLS (qemu+tls://)</source>
        <translation>TLS (qemu+tls://)</translation>
    </message>
    <message>
        <source>Test driver (test:///)</source>
        <translation>Pilote de test (test:///)</translation>
    </message>
    <message>
        <source>defaults to the URI</source>
        <translation>par défaut : l’URI</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>empty: test:///default</source>
        <translation>vide : test:///default</translation>
    </message>
    <message>
        <source>Auditor mode opens every connection read-only.</source>
        <translation>Le mode auditeur ouvre chaque connexion en lecture seule.</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>&amp;Known hosts:</source>
        <translation>&amp;Hôtes connus :</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>Pi&amp;lote :</translation>
    </message>
    <message>
        <source>Test &amp;file:</source>
        <translation>&amp;Fichier de test :</translation>
    </message>
    <message>
        <source>Resulting URI:</source>
        <translation>URI résultante :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>Choisir une clé privée</translation>
    </message>
    <message>
        <source>Choose a libvirt test-driver XML</source>
        <translation>Choisir un XML du pilote de test libvirt</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>Fichiers XML (*.xml)</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Credentials for %1</source>
        <translation>Identifiants pour %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>libvirt asks for these to connect to %1. vDeck passes them on and does not store them.</source>
        <translation>libvirt les demande pour se connecter à %1. vDeck les transmet sans les enregistrer.</translation>
    </message>
</context>
<context>
    <name>DeviceDetails</name>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Select a device to see libvirt's XML for it.</source>
        <translation>Sélectionnez un périphérique pour voir son XML libvirt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Logical parent</source>
        <translation>Parent logique</translation>
    </message>
    <message>
        <source>libvirt parent</source>
        <translation>Parent libvirt</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>NUMA node</source>
        <translation>Nœud NUMA</translation>
    </message>
    <message>
        <source>IOMMU group</source>
        <translation>Groupe IOMMU</translation>
    </message>
    <message>
        <source>PCI address</source>
        <translation>Adresse PCI</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>PCIe link</source>
        <translation>Lien PCIe</translation>
    </message>
    <message>
        <source>%1 GT/s x%2</source>
        <translation>%1 GT/s x%2</translation>
    </message>
    <message>
        <source>VFs</source>
        <translation>VF</translation>
    </message>
    <message>
        <source>%1 used of %2 (max %3)</source>
        <translation>%1 utilisées sur %2 (max. %3)</translation>
    </message>
    <message>
        <source>Physical function</source>
        <translation>Fonction physique</translation>
    </message>
    <message>
        <source>VPD</source>
        <translation>VPD</translation>
    </message>
    <message>
        <source>Netdev</source>
        <translation>Interface réseau</translation>
    </message>
    <message>
        <source>vDPA device</source>
        <translation>Périphérique vDPA</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>%1, %2 Mb/s</source>
        <translation>%1, %2 Mbit/s</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>vDPA chardev</source>
        <translation>Périphérique caractère vDPA</translation>
    </message>
    <message>
        <source>mdev type</source>
        <translation>Type mdev</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>mdev type %1</source>
        <translation>Type mdev %1</translation>
    </message>
    <message>
        <source>%1, %2 available</source>
        <translation>%1, %2 disponibles</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Device API</source>
        <translation>API du périphérique</translation>
    </message>
    <message>
        <source>Available instances</source>
        <translation>Instances disponibles</translation>
    </message>
    <message>
        <source>Parent device</source>
        <translation>Périphérique parent</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>NUMA</source>
        <translation>NUMA</translation>
    </message>
    <message>
        <source>IOMMU group</source>
        <translation>Groupe IOMMU</translation>
    </message>
    <message>
        <source>Vendor / product</source>
        <translation>Fabricant / produit</translation>
    </message>
    <message>
        <source>VFs used / total, or instances available</source>
        <translation>VF utilisées / total, ou instances disponibles</translation>
    </message>
    <message>
        <source> (orphan)</source>
        <translation> (orpheline)</translation>
    </message>
    <message>
        <source> (broken)</source>
        <translation> (défectueux)</translation>
    </message>
    <message>
        <source>%1 / %2 VFs (max %3)</source>
        <translation>%1 / %2 VF (max. %3)</translation>
    </message>
    <message>
        <source>mdev type</source>
        <translation>Type mdev</translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Filter devices by name, address, driver or product</source>
        <translation>Filtrer les périphériques par nom, adresse, pilote ou produit</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All NUMA nodes</source>
        <translation>Tous les nœuds NUMA</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <source>SR-IOV PFs</source>
        <translation>PF SR-IOV</translation>
    </message>
    <message>
        <source>SR-IOV VFs</source>
        <translation>VF SR-IOV</translation>
    </message>
    <message>
        <source>vDPA devices</source>
        <translation>Périphériques vDPA</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Interfaces réseau</translation>
    </message>
    <message>
        <source>GPUs (mdev parents)</source>
        <translation>GPU (parents mdev)</translation>
    </message>
    <message>
        <source>Mediated devices</source>
        <translation>Périphériques médiés (mdev)</translation>
    </message>
    <message>
        <source>Other PCI devices</source>
        <translation>Autres périphériques PCI</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Autres périphériques</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>Copier l’&amp;adresse</translation>
    </message>
    <message>
        <source>Copy &amp;XML</source>
        <translation>Copier le &amp;XML</translation>
    </message>
    <message>
        <source>&amp;Use in Flavor</source>
        <translation>&amp;Utiliser dans le gabarit</translation>
    </message>
    <message>
        <source>Add the port or resource request this device needs to the current flavor</source>
        <translation>Ajoute au gabarit courant le port ou la demande de ressource dont ce périphérique a besoin</translation>
    </message>
    <message>
        <source>NUMA node %1</source>
        <translation>Nœud NUMA %1</translation>
    </message>
</context>
<context>
    <name>ExtraSpecTableModel</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>valeur invalide</translation>
    </message>
    <message>
        <source>unknown key: Nova rejects it</source>
        <translation>clé inconnue : Nova la rejette</translation>
    </message>
    <message>
        <source>unknown namespace: not checked by Nova</source>
        <translation>espace de noms inconnu : non vérifié par Nova</translation>
    </message>
    <message>
        <source>unknown key: not checked by Nova</source>
        <translation>clé inconnue : non vérifiée par Nova</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>A: extra-spec API</source>
        <translation>A : API extra-specs</translation>
    </message>
    <message>
        <source>B: server API</source>
        <translation>B : API serveur</translation>
    </message>
    <message>
        <source>C: scheduler</source>
        <translation>C : ordonnanceur</translation>
    </message>
    <message>
        <source>D: compute spawn</source>
        <translation>D : démarrage sur le nœud de calcul</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Nova raises %1</source>
        <translation>Nova lève %1</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>&amp;Show in Editor</source>
        <translation>&amp;Afficher dans l'éditeur</translation>
    </message>
    <message>
        <source>Apply the finding's fix to the flavor (undoable)</source>
        <translation>Appliquer le correctif du constat au gabarit (annulable)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on Nova %2: %3 finding(s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur Nova %2 : %3 constat(s)</translation>
    </message>
    <message>
        <source>No flavor selected</source>
        <translation>Aucun gabarit sélectionné</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Nova raises %1</source>
        <translation>Nova lève %1</translation>
    </message>
    <message>
        <source>HTTP %1 on Nova %2</source>
        <translation>HTTP %1 sur Nova %2</translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation>Clés : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Correctif :&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>FlavorDocument</name>
    <message>
        <source>The flavor library is read-only in auditor mode.</source>
        <translation>La bibliothèque de gabarits est en lecture seule en mode auditeur.</translation>
    </message>
    <message>
        <source>The flavor library has no file yet.</source>
        <translation>La bibliothèque de gabarits n'a pas encore de fichier.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Set image property %1</source>
        <translation>Définir la propriété d'image %1</translation>
    </message>
    <message>
        <source>Fix %1</source>
        <translation>Corriger %1</translation>
    </message>
    <message>
        <source>Add flavor %1</source>
        <translation>Ajouter le gabarit %1</translation>
    </message>
    <message>
        <source>Remove flavor %1</source>
        <translation>Supprimer le gabarit %1</translation>
    </message>
</context>
<context>
    <name>FlavorEditor</name>
    <message>
        <source>custom trait, e.g. CUSTOM_NVIDIA_11</source>
        <translation>trait personnalisé, p. ex. CUSTOM_NVIDIA_11</translation>
    </message>
    <message>
        <source>Set vGPU type</source>
        <translation>Définir le type de vGPU</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Pinning</source>
        <translation>Épinglage</translation>
    </message>
    <message>
        <source>CPU policy</source>
        <translation>Politique CPU</translation>
    </message>
    <message>
        <source>Thread policy</source>
        <translation>Politique de threads</translation>
    </message>
    <message>
        <source>Emulator threads</source>
        <translation>Threads de l'émulateur</translation>
    </message>
    <message>
        <source>Dedicated mask (mixed)</source>
        <translation>Masque dédié (mixed)</translation>
    </message>
    <message>
        <source>Realtime</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>Realtime mask</source>
        <translation>Masque temps réel</translation>
    </message>
    <message>
        <source>Virtual PMU</source>
        <translation>PMU virtuelle</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Cœurs</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Max sockets</source>
        <translation>Sockets max.</translation>
    </message>
    <message>
        <source>Max cores</source>
        <translation>Cœurs max.</translation>
    </message>
    <message>
        <source>Max threads</source>
        <translation>Threads max.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Locked memory</source>
        <translation>Mémoire verrouillée</translation>
    </message>
    <message>
        <source>NUMA</source>
        <translation>NUMA</translation>
    </message>
    <message>
        <source>NUMA nodes</source>
        <translation>Nœuds NUMA</translation>
    </message>
    <message>
        <source>PCI NUMA affinity</source>
        <translation>Affinité NUMA PCI</translation>
    </message>
    <message>
        <source>vIOMMU</source>
        <translation>vIOMMU</translation>
    </message>
    <message>
        <source>vIOMMU model</source>
        <translation>Modèle vIOMMU</translation>
    </message>
    <message>
        <source>Machine type (image)</source>
        <translation>Type de machine (image)</translation>
    </message>
    <message>
        <source>vGPU</source>
        <translation>vGPU</translation>
    </message>
    <message>
        <source>vGPU count</source>
        <translation>Nombre de vGPU</translation>
    </message>
    <message>
        <source>vGPU type</source>
        <translation>Type de vGPU</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Multiqueue</source>
        <translation>Files multiples</translation>
    </message>
</context>
<context>
    <name>FlavorLibraryModel</name>
    <message>
        <source>vCPUs: %1, RAM: %2 MB, disk: %3 GB, ports: %4, extra specs: %5</source>
        <translation>vCPU : %1, RAM : %2 Mo, disque : %3 Go, ports : %4, extra specs : %5</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Gabarit</translation>
    </message>
</context>
<context>
    <name>FlavorsPage</name>
    <message>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
    <message>
        <source>Nova %1: %2 error(s), %3 warning(s), %4 note(s)</source>
        <translation>Nova %1 : %2 erreur(s), %3 avertissement(s), %4 note(s)</translation>
    </message>
    <message>
        <source>Unsaved library</source>
        <translation>Bibliothèque non enregistrée</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modifiée)</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
</context>
<context>
    <name>HostDetails</name>
    <message>
        <source>&lt;p&gt;Select a host to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un hôte pour voir ses détails.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Not captured yet: connect to read the host.</source>
        <translation>Pas encore capturé : connectez-vous pour lire l’hôte.</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturé</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hyperviseur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 (per NUMA cell: %2 × %3 × %4 sockets × cores × threads)</source>
        <translation>%1 (par cellule NUMA : %2 × %3 × %4 sockets × cœurs × threads)</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <source>NUMA cells</source>
        <translation>Cellules NUMA</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Hugepages (free / total)</source>
        <translation>Pages énormes (libres / total)</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1 : %2 / %3</translation>
    </message>
    <message>
        <source>Host facts (ssh probe of %1)</source>
        <translation>Faits de l’hôte (sonde ssh de %1)</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Realtime kernel</source>
        <translation>Noyau temps réel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Isolated CPUs</source>
        <translation>CPU isolés</translation>
    </message>
    <message>
        <source>SMT</source>
        <translation>SMT</translation>
    </message>
    <message>
        <source>libvirt (probe)</source>
        <translation>libvirt (sonde)</translation>
    </message>
    <message>
        <source>QEMU (probe)</source>
        <translation>QEMU (sonde)</translation>
    </message>
    <message>
        <source>Memlock limit</source>
        <translation>Limite memlock</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitée</translation>
    </message>
    <message>
        <source>node %1, %2: %3 free of %4</source>
        <translation>nœud %1, %2 : %3 libres sur %4</translation>
    </message>
    <message>
        <source>Hugepage pools</source>
        <translation>Réserves de pages énormes</translation>
    </message>
    <message>
        <source>vDPA devices</source>
        <translation>Périphériques vDPA</translation>
    </message>
    <message>
        <source>mdev types</source>
        <translation>Types mdev</translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message>
        <source>snapshot of %1</source>
        <translation>instantané du %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>connected (read-only)</source>
        <translation>connecté (lecture seule)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message numerus="yes">
        <source>disconnected: %1 (retry in %n s)</source>
        <translation>
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>disconnected: %1</source>
        <translation>déconnecté : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation>erreur libvirt inconnue</translation>
    </message>
    <message>
        <source>validation on a host defines a scratch domain; not available in auditor mode</source>
        <translation>la validation sur un hôte définit un domaine temporaire ; indisponible en mode auditeur</translation>
    </message>
    <message>
        <source>no live connection to the host</source>
        <translation>aucune connexion active à l'hôte</translation>
    </message>
    <message>
        <source>the connection is read-only: %1</source>
        <translation>la connexion est en lecture seule : %1</translation>
    </message>
    <message>
        <source>accepted by libvirt</source>
        <translation>accepté par libvirt</translation>
    </message>
</context>
<context>
    <name>HostsPage</name>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>Instantané enregistré dans %1</translation>
    </message>
    <message>
        <source>&amp;Connect to Host…</source>
        <translation>Se &amp;connecter à un hôte…</translation>
    </message>
    <message>
        <source>&amp;Open Host Snapshot…</source>
        <translation>&amp;Ouvrir un instantané d’hôte…</translation>
    </message>
    <message>
        <source>C&amp;apture Snapshot…</source>
        <translation>C&amp;apturer un instantané…</translation>
    </message>
    <message>
        <source>Load Host &amp;Facts…</source>
        <translation>Charger les &amp;faits de l’hôte…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Re&amp;move Host</source>
        <translation>&amp;Retirer l’hôte</translation>
    </message>
    <message>
        <source>Open Host Snapshot</source>
        <translation>Ouvrir un instantané d’hôte</translation>
    </message>
    <message>
        <source>vDeck host snapshots (*.vdeckhost);;All files (*)</source>
        <translation>Instantanés d’hôte vDeck (*.vdeckhost);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Host Snapshot</source>
        <translation>Enregistrer l’instantané d’hôte</translation>
    </message>
    <message>
        <source>vDeck host snapshots (*.vdeckhost)</source>
        <translation>Instantanés d’hôte vDeck (*.vdeckhost)</translation>
    </message>
    <message>
        <source>Load Host Facts (vdeckctl probe --json)</source>
        <translation>Charger les faits de l’hôte (vdeckctl probe --json)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>vDeck flavor libraries (*.vdeckflavors);;All files (*)</source>
        <translation>Bibliothèques de gabarits vDeck (*.vdeckflavors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nova API requests (*.json)</source>
        <translation>Requêtes API Nova (*.json)</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Scripts shell (*.sh)</translation>
    </message>
    <message>
        <source>Ansible task files (*.yml *.yaml)</source>
        <translation>Fichiers de tâches Ansible (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Heat templates (*.yaml *.yml)</source>
        <translation>Modèles Heat (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>vDeck flavor library…</source>
        <translation>Bibliothèque de gabarits vDeck…</translation>
    </message>
    <message>
        <source>Nova API JSON requests…</source>
        <translation>Requêtes JSON de l'API Nova…</translation>
    </message>
    <message>
        <source>openstack CLI script…</source>
        <translation>Script CLI openstack…</translation>
    </message>
    <message>
        <source>Ansible tasks…</source>
        <translation>Tâches Ansible…</translation>
    </message>
    <message>
        <source>Heat template…</source>
        <translation>Modèle Heat…</translation>
    </message>
    <message>
        <source>&amp;Export Flavors</source>
        <translation>&amp;Exporter les gabarits</translation>
    </message>
    <message>
        <source>&amp;New Flavor Library</source>
        <translation>&amp;Nouvelle bibliothèque de gabarits</translation>
    </message>
    <message>
        <source>&amp;Open Flavor Library…</source>
        <translation>&amp;Ouvrir une bibliothèque de gabarits…</translation>
    </message>
    <message>
        <source>&amp;Save Flavor Library</source>
        <translation>&amp;Enregistrer la bibliothèque de gabarits</translation>
    </message>
    <message>
        <source>Save Flavor Library &amp;As…</source>
        <translation>Enregistrer la bibliothèque &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import Flavors (openstack / Nova API JSON)…</source>
        <translation>&amp;Importer des gabarits (openstack / JSON de l'API Nova)…</translation>
    </message>
    <message>
        <source>Add Flavor</source>
        <translation>Ajouter un gabarit</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Duplicate Flavor</source>
        <translation>Dupliquer le gabarit</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Remove Flavor</source>
        <translation>Supprimer le gabarit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export Flavors</source>
        <translation>Exporter les gabarits</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Unsaved Flavors</source>
        <translation>Gabarits non enregistrés</translation>
    </message>
    <message>
        <source>The flavor library has unsaved changes. Discard them?</source>
        <translation>La bibliothèque de gabarits a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Open Flavor Library</source>
        <translation>Ouvrir une bibliothèque de gabarits</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Flavor Library</source>
        <translation>Enregistrer la bibliothèque de gabarits</translation>
    </message>
    <message>
        <source>Import Flavors</source>
        <translation>Importer des gabarits</translation>
    </message>
    <message>
        <source>Flavor JSON (openstack flavor show -f json, Nova API) (*.json);;All files (*)</source>
        <translation>JSON de gabarits (openstack flavor show -f json, API Nova) (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %1 flavor(s) from %2</source>
        <translation>%1 gabarit(s) importé(s) depuis %2</translation>
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
        <translation>Aucun hôte ouvert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About vDeck</source>
        <translation>À &amp;propos de vDeck</translation>
    </message>
    <message>
        <source>About vDeck</source>
        <translation>À propos de vDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;vDeck %1&lt;/h3&gt;&lt;p&gt;A console for accelerated virtualization hosts: device trees, Nova flavors, libvirt domain XML.&lt;/p&gt;&lt;p&gt;Qt %2 · libvirt %3 · libssh %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;vDeck %1&lt;/h3&gt;&lt;p&gt;Une console pour hôtes de virtualisation accélérés : arbres de périphériques, flavors Nova, XML de domaine libvirt.&lt;/p&gt;&lt;p&gt;Qt %2 · libvirt %3 · libssh %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Nova release:</source>
        <translation>Version de Nova :</translation>
    </message>
    <message>
        <source>%1 has no flavor '%2' (it has: %3)</source>
        <translation>%1 ne contient pas de gabarit « %2 » (il contient : %3)</translation>
    </message>
    <message>
        <source>Demo host</source>
        <translation>Hôte de démonstration</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Hôte : %1</translation>
    </message>
    <message>
        <source>validation needs a live operator connection to the host; snapshots cannot define domains</source>
        <translation>la validation exige une connexion active en mode opérateur ; un instantané ne peut pas définir de domaine</translation>
    </message>
    <message>
        <source>Use %1 in flavor</source>
        <translation>Utiliser %1 dans la flavor</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NumaMapsEditor</name>
    <message>
        <source>vCPUs (hw:numa_cpus.N)</source>
        <translation>vCPU (hw:numa_cpus.N)</translation>
    </message>
    <message>
        <source>Memory MB (hw:numa_mem.N)</source>
        <translation>Mémoire en Mo (hw:numa_mem.N)</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <source>Live migrate</source>
        <translation>Migration à chaud</translation>
    </message>
    <message>
        <source>Cold migrate</source>
        <translation>Migration à froid</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <source>Evacuate</source>
        <translation>Évacuer</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>Mettre en réserve (shelve)</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>Sortir de réserve (unshelve)</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>Mode secours</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Reconstruire</translation>
    </message>
    <message>
        <source>Attach interface</source>
        <translation>Attacher une interface</translation>
    </message>
    <message>
        <source>Detach interface</source>
        <translation>Détacher une interface</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Detach volume</source>
        <translation>Détacher un volume</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>allowed with caveat</source>
        <translation>autorisé avec réserve</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Contournement</translation>
    </message>
</context>
<context>
    <name>OperationsPage</name>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Lifecycle operations of &lt;b&gt;%1&lt;/b&gt; on Nova %2</source>
        <translation>Opérations de cycle de vie de &lt;b&gt;%1&lt;/b&gt; sur Nova %2</translation>
    </message>
    <message>
        <source>No flavor selected</source>
        <translation>Aucun gabarit sélectionné</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workaround:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contournement :&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PortsEditor</name>
    <message>
        <source>Add port</source>
        <translation>Ajouter un port</translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation>Supprimer le port</translation>
    </message>
    <message>
        <source>vNIC type</source>
        <translation>Type de vNIC</translation>
    </message>
    <message>
        <source>Physical network</source>
        <translation>Réseau physique</translation>
    </message>
    <message>
        <source>Set physical network</source>
        <translation>Définir le réseau physique</translation>
    </message>
    <message>
        <source>Set vNIC type</source>
        <translation>Définir le type de vNIC</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>RawSpecsEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>key, e.g. hw:cpu_policy</source>
        <translation>clé, p. ex. hw:cpu_policy</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Edit extra specs</source>
        <translation>Modifier les extra specs</translation>
    </message>
</context>
<context>
    <name>ReleaseSelector</name>
    <message>
        <source>Nova release the findings, HTTP statuses and operations are computed for</source>
        <translation>Version de Nova pour laquelle les constats, statuts HTTP et opérations sont calculés</translation>
    </message>
    <message>
        <source>master (2026.2 cycle, unreleased)</source>
        <translation>master (cycle 2026.2, non publié)</translation>
    </message>
    <message>
        <source>Extra specs are checked against the registry of Nova %1</source>
        <translation>Les extra specs sont vérifiées avec le registre de Nova %1</translation>
    </message>
</context>
<context>
    <name>SchemaValidator</name>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>libvirt schema not found: %1</source>
        <translation>schéma libvirt introuvable : %1</translation>
    </message>
    <message>
        <source>cannot load schema %1: %2</source>
        <translation>impossible de charger le schéma %1 : %2</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>could not render the window</source>
        <translation>impossible de dessiner la fenêtre</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>impossible d'écrire %1</translation>
    </message>
</context>
<context>
    <name>SpecForm</name>
    <message>
        <source>(unset)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
</context>
<context>
    <name>XmlPreviewPanel</name>
    <message>
        <source>Domain XML preview</source>
        <translation>Aperçu du XML de domaine</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Show what the last edit changed in the document</source>
        <translation>Montrer ce que la dernière modification a changé dans le document</translation>
    </message>
    <message>
        <source>Validate on host</source>
        <translation>Valider sur l'hôte</translation>
    </message>
    <message>
        <source>Define the document on the host under a scratch name and undefine it at once</source>
        <translation>Définir le document sur l'hôte sous un nom temporaire puis le supprimer aussitôt</translation>
    </message>
    <message>
        <source>Validating on the host…</source>
        <translation>Validation sur l'hôte…</translation>
    </message>
    <message>
        <source>Domain XML on %1</source>
        <translation>XML de domaine sur %1</translation>
    </message>
    <message>
        <source>Nova would not build this guest:

%1</source>
        <translation>Nova ne construirait pas cette instance :

%1</translation>
    </message>
    <message>
        <source>Open a host (or the demo host) to see the domain XML of this flavor on it.</source>
        <translation>Ouvrez un hôte (ou l'hôte de démonstration) pour voir le XML de domaine de cette flavor sur cet hôte.</translation>
    </message>
    <message>
        <source>Host: accepted by libvirt</source>
        <translation>Hôte : accepté par libvirt</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Hôte : %1</translation>
    </message>
    <message>
        <source>before the last edit</source>
        <translation>avant la dernière modification</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>The last edit did not change the document.</source>
        <translation>La dernière modification n'a pas changé le document.</translation>
    </message>
    <message>
        <source>Schema: checking…</source>
        <translation>Schéma : vérification…</translation>
    </message>
    <message>
        <source>Schema: valid (libvirt domain.rng)</source>
        <translation>Schéma : valide (libvirt domain.rng)</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schéma : %1</translation>
    </message>
    <message>
        <source>Save domain XML</source>
        <translation>Enregistrer le XML de domaine</translation>
    </message>
    <message>
        <source>libvirt domain XML (*.xml)</source>
        <translation>XML de domaine libvirt (*.xml)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>hosts</name>
    <message>
        <source>a host name is needed</source>
        <translation>un nom d’hôte est nécessaire</translation>
    </message>
    <message>
        <source>driver path must be /system or /session</source>
        <translation>le chemin du pilote doit être /system ou /session</translation>
    </message>
    <message>
        <source>the test driver needs an absolute file path</source>
        <translation>le pilote de test a besoin d’un chemin de fichier absolu</translation>
    </message>
</context>
<context>
    <name>hosts::HostManager</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Reading devices of %1</source>
        <translation>Lecture des périphériques de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1 has no captured state to save yet</source>
        <translation>%1 n’a pas encore d’état capturé à enregistrer</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for accelerated virtualization hosts</source>
        <translation>Console pour hôtes de virtualisation accélérés</translation>
    </message>
    <message>
        <source>Render the main window offscreen to FILE (PNG) and exit.</source>
        <translation>Dessiner la fenêtre principale hors écran dans FICHIER (PNG) et quitter.</translation>
    </message>
    <message>
        <source>Show page ID: hosts, devices, flavors, xml, findings, operations, capacity.</source>
        <translation>Afficher la page ID : hosts, devices, flavors, xml, findings, operations, capacity.</translation>
    </message>
    <message>
        <source>User interface language: de, fr or en.</source>
        <translation>Langue de l'interface : de, fr ou en.</translation>
    </message>
    <message>
        <source>Auditor mode: read-only connections, no write actions.</source>
        <translation>Mode auditeur : connexions en lecture seule, aucune action d'écriture.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <source>Open the flavor library F (any importable flavor format).</source>
        <translation>Ouvrir la bibliothèque de gabarits F (tout format de gabarit importable).</translation>
    </message>
    <message>
        <source>Select flavor NAME of the library.</source>
        <translation>Sélectionner le gabarit NAME de la bibliothèque.</translation>
    </message>
    <message>
        <source>--flavor needs --flavor-file</source>
        <translation>--flavor nécessite --flavor-file</translation>
    </message>
    <message>
        <source>Open the host snapshot F (.vdeckhost) instead of the demo host.</source>
        <translation>Ouvrir l’instantané d’hôte F (.vdeckhost) au lieu de l’hôte de démonstration.</translation>
    </message>
</context>
</TS>