<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
    <message>
        <source>Instances that fit now</source>
        <translation>Instances qui tiennent maintenant</translation>
    </message>
    <message>
        <source>Instances of the current flavor that fit</source>
        <translation>Instances du flavor courant qui tiennent</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 — limited by %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 — limité par %3</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>Instances of %1 that fit</source>
        <translation>Instances de %1 qui tiennent</translation>
    </message>
    <message>
        <source>No flavor selected.</source>
        <translation>Aucun flavor sélectionné.</translation>
    </message>
    <message>
        <source>No host open.</source>
        <translation>Aucun hôte ouvert.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>instances that fit (colour: what runs out first)</source>
        <translation>instances qui tiennent (couleur : ce qui s’épuise en premier)</translation>
    </message>
    <message>
        <source>compute nodes (by instances that fit; colour: what runs out first)</source>
        <translation>nœuds de calcul (par instances qui tiennent ; couleur : ce qui s’épuise en premier)</translation>
    </message>
    <message>
        <source>This Host</source>
        <translation>Cet hôte</translation>
    </message>
    <message>
        <source>Fleet (Placement)</source>
        <translation>Parc (Placement)</translation>
    </message>
</context>
<context>
    <name>CloudFlavorsModel</name>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>différent</translation>
    </message>
    <message>
        <source>only in cloud</source>
        <translation>seulement dans le cloud</translation>
    </message>
    <message>
        <source>only in library</source>
        <translation>seulement dans la bibliothèque</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avert.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
</context>
<context>
    <name>CloudPasswordDialog</name>
    <message>
        <source>Password for Cloud %1</source>
        <translation>Mot de passe du cloud %1</translation>
    </message>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>clouds.yaml has no password for %1, and the desktop keyring remembers none. It is used for this session only, unless you tick Remember.</source>
        <translation>clouds.yaml ne contient pas de mot de passe pour %1, et le trousseau du bureau n’en mémorise aucun. Il sert pour cette session seulement, sauf si vous cochez « Mémoriser ».</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyring (Secret Service, service &quot;vdeck&quot;) for the next connections; never in vDeck&apos;s own files or settings</source>
        <translation>Garder le mot de passe dans le trousseau du bureau (Secret Service, service « vdeck ») pour les prochaines connexions ; jamais dans les fichiers ou réglages de vDeck</translation>
    </message>
</context>
<context>
    <name>CloudsPage</name>
    <message>
        <source>Cloud:</source>
        <translation>Cloud :</translation>
    </message>
    <message>
        <source>&amp;Connect and Pull</source>
        <translation>&amp;Connecter et récupérer</translation>
    </message>
    <message>
        <source>Sign in to the cloud, read its release and every flavor it holds</source>
        <translation>Se connecter au cloud, lire sa version et tous ses gabarits</translation>
    </message>
    <message>
        <source>&amp;Reload clouds.yaml</source>
        <translation>&amp;Relire clouds.yaml</translation>
    </message>
    <message>
        <source>Read clouds.yaml again (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/)</source>
        <translation>Relire clouds.yaml (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/)</translation>
    </message>
    <message>
        <source>&amp;Push Library…</source>
        <translation>&amp;Pousser la bibliothèque…</translation>
    </message>
    <message>
        <source>Make the cloud hold the open library&apos;s flavors: shows the plan first</source>
        <translation>Mettre dans le cloud les gabarits de la bibliothèque ouverte : montre d’abord le plan</translation>
    </message>
    <message>
        <source>&amp;Open in Library</source>
        <translation>&amp;Ouvrir dans la bibliothèque</translation>
    </message>
    <message>
        <source>Select the library&apos;s flavor of this name on the flavors page</source>
        <translation>Sélectionner le gabarit de ce nom de la bibliothèque sur la page des gabarits</translation>
    </message>
    <message>
        <source>&amp;Import into Library</source>
        <translation>&amp;Importer dans la bibliothèque</translation>
    </message>
    <message>
        <source>Copy the deployed flavor into the open library (replaces the library&apos;s flavor of that name; undoable)</source>
        <translation>Copier le gabarit déployé dans la bibliothèque ouverte (remplace le gabarit de ce nom ; annulable)</translation>
    </message>
    <message>
        <source>Import &amp;All</source>
        <translation>&amp;Tout importer</translation>
    </message>
    <message>
        <source>Copy every deployed flavor into the open library (undoable)</source>
        <translation>Copier tous les gabarits déployés dans la bibliothèque ouverte (annulable)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Library and Cloud</source>
        <translation>Bibliothèque et cloud</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <source>clouds.yaml (%1) has no cloud &apos;%2&apos; (it has: %3)</source>
        <translation>clouds.yaml (%1) n’a pas de cloud « %2 » (il a : %3)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>No clouds.yaml found (OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml).</source>
        <translation>Aucun clouds.yaml trouvé (OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml).</translation>
    </message>
    <message>
        <source>%1 names no cloud.</source>
        <translation>%1 ne nomme aucun cloud.</translation>
    </message>
    <message>
        <source>%1: not connected.</source>
        <translation>%1 : non connecté.</translation>
    </message>
    <message>
        <source>%1: not connected (%2).</source>
        <translation>%1 : non connecté (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: connecting… %n flavor(s) read.</source>
        <translation>
            <numerusform>%1 : connexion… %n gabarit lu.</numerusform>
            <numerusform>%1 : connexion… %n gabarits lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: connected, %2. %n flavor(s), %3 with errors for this release.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : connecté, %2. %n gabarit, %3 avec erreurs pour cette version.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : connecté, %2. %n gabarits, %3 avec erreurs pour cette version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Avertissement :</translation>
    </message>
    <message>
        <source>%1: error. %2</source>
        <translation>%1 : erreur. %2</translation>
    </message>
    <message>
        <source>No flavor selected</source>
        <translation>Aucun gabarit sélectionné</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in cloud %2 on %3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dans le cloud %2 sous %3 : %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is only in the library.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est seulement dans la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (%n field(s) differ)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %2 (%n champ différent)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %2 (%n champs différents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 from cloud</source>
        <translation>Importer %1 du cloud</translation>
    </message>
    <message>
        <source>%1 imported into the library.</source>
        <translation>%1 importé dans la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n flavor(s) from cloud %1</source>
        <translation>
            <numerusform>Importer %n gabarit du cloud %1</numerusform>
            <numerusform>Importer %n gabarits du cloud %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flavor(s) imported into the library.</source>
        <translation>
            <numerusform>%n gabarit importé dans la bibliothèque.</numerusform>
            <numerusform>%n gabarits importés dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget Pass&amp;word</source>
        <translation>Oublier le &amp;mot de passe</translation>
    </message>
    <message>
        <source>Remove this cloud&apos;s password from the desktop keyring (service &quot;vdeck&quot;) and from this session</source>
        <translation>Retirer le mot de passe de ce cloud du trousseau du bureau (service « vdeck ») et de cette session</translation>
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
    <name>ComputeProfileDialog</name>
    <message>
        <source>unset</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Compute Profile of %1</source>
        <translation>Profil de calcul de %1</translation>
    </message>
    <message>
        <source>The nova.conf values of this compute host that change the domain XML Nova writes. Empty fields keep Nova&apos;s defaults.</source>
        <translation>Les valeurs nova.conf de cet hôte de calcul qui modifient le XML de domaine écrit par Nova. Les champs vides gardent les valeurs par défaut de Nova.</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>unset, e.g. 2-15,34-47</source>
        <translation>non défini, p. ex. 2-15,34-47</translation>
    </message>
    <message>
        <source>unset, e.g. 0-1,32-33</source>
        <translation>non défini, p. ex. 0-1,32-33</translation>
    </message>
    <message>
        <source>unset (by architecture)</source>
        <translation>non défini (selon l&apos;architecture)</translation>
    </message>
    <message>
        <source>comma-separated, for cpu_mode=custom</source>
        <translation>séparés par des virgules, pour cpu_mode=custom</translation>
    </message>
    <message>
        <source>e.g. x86_64=q35</source>
        <translation>p. ex. x86_64=q35</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation>Supprimer l&apos;alias</translation>
    </message>
    <message>
        <source>[pci] alias in row %1 needs a name</source>
        <translation>l&apos;alias [pci] de la ligne %1 doit avoir un nom</translation>
    </message>
    <message>
        <source>[pci] alias &apos;%1&apos; is defined twice</source>
        <translation>l&apos;alias [pci] &apos;%1&apos; est défini deux fois</translation>
    </message>
    <message>
        <source>Load Compute Profile</source>
        <translation>Charger un profil de calcul</translation>
    </message>
    <message>
        <source>Compute profiles (*.json);;All files (*)</source>
        <translation>Profils de calcul (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Compute Profile</source>
        <translation>Enregistrer le profil de calcul</translation>
    </message>
    <message>
        <source>Compute profiles (*.json)</source>
        <translation>Profils de calcul (*.json)</translation>
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
        <source>libvirt or the ssh probe asks for these to connect to %1. vDeck passes them on and does not store them.</source>
        <translation>libvirt ou la sonde ssh les demande pour se connecter à %1. vDeck les transmet sans les enregistrer.</translation>
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
        <source>Select a device to see libvirt&apos;s XML for it.</source>
        <translation>Sélectionnez un périphérique pour voir son XML libvirt.</translation>
    </message>
    <message>
        <source>%1 more lines; Copy XML copies the whole document</source>
        <translation>%1 lignes de plus ; « Copier le XML » copie tout le document</translation>
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
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>nova.conf [pci]</source>
        <translation>nova.conf [pci]</translation>
    </message>
    <message>
        <source>not known: probe the host, or write it on the PCI passthrough page</source>
        <translation>inconnu : sonder l’hôte, ou le rédiger sur la page « PCI passthrough »</translation>
    </message>
    <message>
        <source>dev_type</source>
        <translation>dev_type</translation>
    </message>
    <message>
        <source>device_spec</source>
        <translation>device_spec</translation>
    </message>
    <message>
        <source>not claimed</source>
        <translation>non revendiqué</translation>
    </message>
    <message>
        <source>#%1 (%2): %3</source>
        <translation>#%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Resource class</source>
        <translation>Classe de ressource</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>not reported (a physical_network device: Neutron&apos;s ports request it)</source>
        <translation>non signalé (un périphérique avec physical_network : les ports Neutron le demandent)</translation>
    </message>
    <message>
        <source>not reported ([pci] report_in_placement is off)</source>
        <translation>non signalé ([pci] report_in_placement est désactivé)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
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
            <numerusform>%n disponible</numerusform>
            <numerusform>%n disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>mdev type (%1)</source>
        <translation>type mdev (%1)</translation>
    </message>
    <message>
        <source>%1 (shut off)</source>
        <translation>%1 (arrêté)</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Nova PCI</source>
        <translation>PCI Nova</translation>
    </message>
    <message>
        <source>%1: not claimed</source>
        <translation>%1 : non revendiqué</translation>
    </message>
    <message>
        <source>%1: spec #%2</source>
        <translation>%1 : spec #%2</translation>
    </message>
    <message>
        <source>%1: spec #%2, alias %3</source>
        <translation>%1 : spec #%2, alias %3</translation>
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
    <message>
        <source>mdev types</source>
        <translation>Types mdev</translation>
    </message>
</context>
<context>
    <name>DomainDefineCheck</name>
    <message>
        <source>unknown libvirt error</source>
        <translation>erreur libvirt inconnue</translation>
    </message>
    <message>
        <source>no live connection to the host</source>
        <translation>aucune connexion active à l&apos;hôte</translation>
    </message>
    <message>
        <source>the connection is read-only: %1</source>
        <translation>la connexion est en lecture seule : %1</translation>
    </message>
    <message>
        <source>accepted by libvirt</source>
        <translation>accepté par libvirt</translation>
    </message>
    <message>
        <source>the connection is read only (auditor mode): validating on a host defines a scratch domain</source>
        <translation>la connexion est en lecture seule (mode auditeur) : la validation sur un hôte définit un domaine temporaire</translation>
    </message>
</context>
<context>
    <name>DriftPanel</name>
    <message>
        <source>Compare with a baseline snapshot…</source>
        <translation>Comparer à un instantané de référence…</translation>
    </message>
    <message>
        <source>Save a snapshot of the host when it is right (Capture Snapshot), and compare it after a reboot or an update.</source>
        <translation>Enregistrez un instantané de l’hôte quand il est correctement configuré (« Capturer un instantané »), puis comparez-le après un redémarrage ou une mise à jour.</translation>
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
        <source>Drift</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Baseline snapshot</source>
        <translation>Instantané de référence</translation>
    </message>
    <message>
        <source>vDeck host snapshots (*.vdeckhost)</source>
        <translation>Instantanés d’hôte vDeck (*.vdeckhost)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>No drift since %1 (%2).</source>
        <translation>Aucun écart depuis %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n drift(s) since %1 (%2).</source>
        <translation>
            <numerusform>%n écart depuis %1 (%2).</numerusform>
            <numerusform>%n écarts depuis %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditHostDialog</name>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Edit Host</source>
        <translation>Modifier l’hôte</translation>
    </message>
    <message>
        <source>ssh key file for the host probe (optional)</source>
        <translation>fichier de clé ssh pour la sonde de l’hôte (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI :</translation>
    </message>
    <message>
        <source>ssh &amp;key:</source>
        <translation>&amp;Clé ssh :</translation>
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
    <name>FindingText</name>
    <message>
        <source>[libvirt] %1 must be an integer</source>
        <translation>[libvirt] %1 doit être un entier</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne</translation>
    </message>
    <message>
        <source>[libvirt] virt_type &apos;%1&apos; is not one of %2</source>
        <translation>[libvirt] virt_type &apos;%1&apos; n&apos;est pas l&apos;un de %2</translation>
    </message>
    <message>
        <source>[libvirt] cpu_mode &apos;%1&apos; is not one of %2</source>
        <translation>[libvirt] cpu_mode &apos;%1&apos; n&apos;est pas l&apos;un de %2</translation>
    </message>
    <message>
        <source>[pci] alias entries need a name</source>
        <translation>les entrées [pci] alias doivent avoir un nom</translation>
    </message>
    <message>
        <source>not a vDeck compute profile (format must be &quot;%1&quot;)</source>
        <translation>pas un profil de calcul vDeck (format doit valoir &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>unsupported compute profile version %1</source>
        <translation>version de profil de calcul non prise en charge %1</translation>
    </message>
    <message>
        <source>[compute] %1=%2: %3</source>
        <translation>[compute] %1=%2 : %3</translation>
    </message>
    <message>
        <source>Invalid &apos;[compute] %1&apos; config: one or more of the configured CPUs is not online (%2 is not within %3).</source>
        <translation>Configuration &apos;[compute] %1&apos; invalide : un ou plusieurs des CPU configurés ne sont pas en ligne (%2 n&apos;est pas dans %3).</translation>
    </message>
    <message>
        <source>%1 vGPU(s): no mdev-capable device with instances available</source>
        <translation>%1 vGPU : aucun périphérique compatible mdev avec des instances disponibles</translation>
    </message>
    <message>
        <source>vGPU %1 of %2: no free %3 mdev on %4</source>
        <translation>vGPU %1 sur %2 : aucun mdev %3 libre sur %4</translation>
    </message>
    <message>
        <source>PCI alias &apos;%1&apos; is not in the profile&apos;s [pci] alias</source>
        <translation>L&apos;alias PCI &apos;%1&apos; n&apos;est pas dans le [pci] alias du profil</translation>
    </message>
    <message>
        <source>PCI alias &apos;%1&apos;: %2 of %3 devices %4:%5 free</source>
        <translation>Alias PCI &apos;%1&apos; : %2 sur %3 périphériques %4:%5 libres</translation>
    </message>
    <message>
        <source>port %1: no free %2 device%3</source>
        <translation>port %1 : aucun périphérique %2 libre%3</translation>
    </message>
    <message>
        <source>vIOMMU is not supported for the %1 architecture.</source>
        <translation>Le vIOMMU n&apos;est pas pris en charge pour l&apos;architecture %1.</translation>
    </message>
    <message>
        <source>vIOMMU is not supported by machine type %1 for architecture %2.</source>
        <translation>Le vIOMMU n&apos;est pas pris en charge par le type de machine %1 pour l&apos;architecture %2.</translation>
    </message>
    <message>
        <source>Realtime with hw:emulator_threads_policy=share needs [compute] cpu_shared_set on the host.</source>
        <translation>Le temps réel avec hw:emulator_threads_policy=share nécessite [compute] cpu_shared_set sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>Huge pages cannot be used with [libvirt] file_backed_memory.</source>
        <translation>Les pages énormes ne peuvent pas être utilisées avec [libvirt] file_backed_memory.</translation>
    </message>
    <message>
        <source>Flavor and image set hw:virtio_packed_ring / hw_virtio_packed_ring to different values.</source>
        <translation>Le flavor et l&apos;image donnent des valeurs différentes à hw:virtio_packed_ring / hw_virtio_packed_ring.</translation>
    </message>
    <message>
        <source>The requested devices are not free on the host NUMA node(s) the instance fits on.</source>
        <translation>Les périphériques demandés ne sont pas libres sur le ou les nœuds NUMA de l&apos;hôte où l&apos;instance tient.</translation>
    </message>
    <message>
        <source>The instance&apos;s NUMA topology (pinned CPUs, thread policy, page size and memory per cell) does not fit on this host.</source>
        <translation>La topologie NUMA de l&apos;instance (CPU épinglés, politique de threads, taille de page et mémoire par cellule) ne tient pas sur cet hôte.</translation>
    </message>
    <message>
        <source>Invalid range expression %1</source>
        <translation>Expression de plage invalide %1</translation>
    </message>
    <message>
        <source>Invalid exclusion expression %1</source>
        <translation>Expression d&apos;exclusion invalide %1</translation>
    </message>
    <message>
        <source>Invalid inclusion expression %1</source>
        <translation>Expression d&apos;inclusion invalide %1</translation>
    </message>
    <message>
        <source>Extra spec key %1 or its value breaks the API schema: keys are 1-255 characters of [a-zA-Z0-9-_:. ], values at most 255 characters. Nova rejects this at every microversion.</source>
        <translation>La clé d&apos;extra spec %1 ou sa valeur enfreint le schéma de l&apos;API : les clés font 1 à 255 caractères parmi [a-zA-Z0-9-_:. ], les valeurs au plus 255 caractères. Nova refuse ceci à toute microversion.</translation>
    </message>
    <message>
        <source>%1 is deprecated in Nova %2: %3</source>
        <translation>%1 est obsolète dans Nova %2 : %3</translation>
    </message>
    <message>
        <source>Invalid image metadata. Error: %1</source>
        <translation>Métadonnées d&apos;image invalides. Erreur : %1</translation>
    </message>
    <message>
        <source>Field value %1 is invalid</source>
        <translation>La valeur de champ %1 est invalide</translation>
    </message>
    <message>
        <source>invalid literal for int() with base 10: &apos;%1&apos;</source>
        <translation>littéral invalide pour int() en base 10 : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Flavor %1 has hw:%2 extra spec explicitly set to %3, conflicting with the image which has hw_%2 explicitly set to %4.</source>
        <translation>Le flavor %1 définit explicitement l&apos;extra spec hw:%2 à %3, en conflit avec l&apos;image qui définit explicitement hw_%2 à %4.</translation>
    </message>
    <message>
        <source>Emulator threads policy &apos;%1&apos; is not one of share, isolate.</source>
        <translation>La politique des threads d&apos;émulateur &apos;%1&apos; n&apos;est ni share ni isolate.</translation>
    </message>
    <message>
        <source>Use of realtime CPUs requires either one or more non-realtime CPU(s) or offloaded emulator threads.</source>
        <translation>L&apos;utilisation de CPU temps réel exige soit un ou plusieurs CPU non temps réel, soit des threads d&apos;émulateur déportés.</translation>
    </message>
    <message>
        <source>The realtime mask %1 leaves no realtime vCPU. </source>
        <translation>Le masque temps réel %1 ne laisse aucun vCPU temps réel. </translation>
    </message>
    <message>
        <source>Every vCPU is realtime and hw:emulator_threads_policy is not set. </source>
        <translation>Chaque vCPU est temps réel et hw:emulator_threads_policy n&apos;est pas défini. </translation>
    </message>
    <message>
        <source>The realtime mask names vCPU(s) %1 outside the flavor&apos;s 0-%2.</source>
        <translation>Le masque temps réel désigne des vCPU %1 hors de la plage 0-%2 du flavor.</translation>
    </message>
    <message>
        <source>CPU policy &apos;%1&apos; is not one of dedicated, shared, mixed.</source>
        <translation>La politique CPU &apos;%1&apos; n&apos;est pas l&apos;une de dedicated, shared, mixed.</translation>
    </message>
    <message>
        <source>Image property hw_cpu_policy=%1 is not allowed with flavor hw:cpu_policy=%2.</source>
        <translation>La propriété d&apos;image hw_cpu_policy=%1 n&apos;est pas autorisée avec le flavor hw:cpu_policy=%2.</translation>
    </message>
    <message>
        <source>CPU thread policy &apos;%1&apos; is not one of prefer, isolate, require.</source>
        <translation>La politique de threads CPU &apos;%1&apos; n&apos;est pas l&apos;une de prefer, isolate, require.</translation>
    </message>
    <message>
        <source>Image hw_cpu_thread_policy=%1 conflicts with flavor hw:cpu_thread_policy=%2.</source>
        <translation>hw_cpu_thread_policy=%1 de l&apos;image est en conflit avec hw:cpu_thread_policy=%2 du flavor.</translation>
    </message>
    <message>
        <source>hw:cpu_dedicated_mask=%1 must leave at least one dedicated and one shared vCPU.</source>
        <translation>hw:cpu_dedicated_mask=%1 doit laisser au moins un vCPU dédié et un vCPU partagé.</translation>
    </message>
    <message>
        <source>hw:cpu_dedicated_mask=%1 names vCPUs outside 0-%2.</source>
        <translation>hw:cpu_dedicated_mask=%1 désigne des vCPU hors de 0-%2.</translation>
    </message>
    <message>
        <source>resources:VCPU or resources:PCPU cannot be combined with hw:cpu_policy or hw_cpu_policy; use one or the other.</source>
        <translation>resources:VCPU ou resources:PCPU ne peuvent pas être combinés avec hw:cpu_policy ou hw_cpu_policy ; utilisez l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>resources:VCPU and resources:PCPU cannot both be requested; use one or the other.</source>
        <translation>resources:VCPU et resources:PCPU ne peuvent pas être demandés ensemble ; utilisez l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>resources:PCPU=%1 must equal %2 (vcpus + 1 for hw:emulator_threads_policy=isolate).</source>
        <translation>resources:PCPU=%1 doit valoir %2 (vcpus + 1 pour hw:emulator_threads_policy=isolate).</translation>
    </message>
    <message>
        <source>resources:PCPU=%1 must equal %2 (vcpus).</source>
        <translation>resources:PCPU=%1 doit valoir %2 (vcpus).</translation>
    </message>
    <message>
        <source>trait:HW_CPU_HYPERTHREADING cannot be combined with hw:cpu_thread_policy or hw_cpu_thread_policy.</source>
        <translation>trait:HW_CPU_HYPERTHREADING ne peut pas être combiné avec hw:cpu_thread_policy ou hw_cpu_thread_policy.</translation>
    </message>
    <message>
        <source>A CPU thread policy needs hw:cpu_policy=dedicated or mixed.</source>
        <translation>Une politique de threads CPU nécessite hw:cpu_policy=dedicated ou mixed.</translation>
    </message>
    <message>
        <source>hw:emulator_threads_policy=isolate needs hw:cpu_policy=dedicated or mixed.</source>
        <translation>hw:emulator_threads_policy=isolate nécessite hw:cpu_policy=dedicated ou mixed.</translation>
    </message>
    <message>
        <source>hw:cpu_dedicated_mask is only valid with hw:cpu_policy=mixed.</source>
        <translation>hw:cpu_dedicated_mask n&apos;est valable qu&apos;avec hw:cpu_policy=mixed.</translation>
    </message>
    <message>
        <source>Realtime needs hw:cpu_policy=dedicated or mixed; an unset policy is not implicitly dedicated.</source>
        <translation>Le temps réel nécessite hw:cpu_policy=dedicated ou mixed ; une politique non définie n&apos;est pas implicitement dedicated.</translation>
    </message>
    <message>
        <source>hw:cpu_dedicated_mask is only valid with hw:cpu_policy=mixed, not dedicated.</source>
        <translation>hw:cpu_dedicated_mask n&apos;est valable qu&apos;avec hw:cpu_policy=mixed, pas dedicated.</translation>
    </message>
    <message>
        <source>Under hw:cpu_policy=mixed give either hw:cpu_dedicated_mask or a realtime mask, not both.</source>
        <translation>Avec hw:cpu_policy=mixed, donnez soit hw:cpu_dedicated_mask soit un masque temps réel, pas les deux.</translation>
    </message>
    <message>
        <source>hw:cpu_policy=mixed needs hw:cpu_dedicated_mask or hw:cpu_realtime with a mask.</source>
        <translation>hw:cpu_policy=mixed nécessite hw:cpu_dedicated_mask ou hw:cpu_realtime avec un masque.</translation>
    </message>
    <message>
        <source>hw:numa_nodes is set in the flavor, so the image may not set hw_numa_nodes, even to the same value.</source>
        <translation>hw:numa_nodes est défini dans le flavor, donc l&apos;image ne peut pas définir hw_numa_nodes, même à la même valeur.</translation>
    </message>
    <message>
        <source>hw:numa_nodes=%1 is not a plain positive integer.</source>
        <translation>hw:numa_nodes=%1 n&apos;est pas un simple entier positif.</translation>
    </message>
    <message>
        <source>hw_numa_nodes=%1 is not a positive integer.</source>
        <translation>hw_numa_nodes=%1 n&apos;est pas un entier positif.</translation>
    </message>
    <message>
        <source>Page size %1 forbidden against &apos;&lt;empty&gt;&apos;: an image cannot request hugepages unless the flavor sets hw:mem_page_size=large or any.</source>
        <translation>Taille de page %1 interdite face à &apos;&lt;empty&gt;&apos; : une image ne peut demander des pages énormes que si le flavor définit hw:mem_page_size=large ou any.</translation>
    </message>
    <message>
        <source>Invalid memory page size &apos;%1&apos;: Nova reads sizes with a unit through oslo string_to_bytes (IEC), which needs a trailing B, b or bit and upper-case K/M/G/T (e.g. 2MB, 1GB, 2048).</source>
        <translation>Taille de page mémoire invalide &apos;%1&apos; : Nova lit les tailles avec unité via oslo string_to_bytes (IEC), qui exige un B, b ou bit final et K/M/G/T en majuscule (par ex. 2MB, 1GB, 2048).</translation>
    </message>
    <message>
        <source>Invalid memory page size &apos;%1&apos; in the image.</source>
        <translation>Taille de page mémoire invalide &apos;%1&apos; dans l&apos;image.</translation>
    </message>
    <message>
        <source>Page size %1 forbidden against &apos;%2&apos;: the image may choose the page size only when the flavor says large or any.</source>
        <translation>Taille de page %1 interdite face à &apos;%2&apos; : l&apos;image ne peut choisir la taille de page que si le flavor indique large ou any.</translation>
    </message>
    <message>
        <source>locked_memory value in image (%1) and flavor (%2) conflict.</source>
        <translation>Les valeurs locked_memory de l&apos;image (%1) et du flavor (%2) sont en conflit.</translation>
    </message>
    <message>
        <source>locked_memory value in image or flavor is forbidden when mem_page_size is not set.</source>
        <translation>Une valeur locked_memory dans l&apos;image ou le flavor est interdite si mem_page_size n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>The flavor sets the NUMA maps, so the image may not set %1.</source>
        <translation>Le flavor définit les correspondances NUMA, donc l&apos;image ne peut pas définir %1.</translation>
    </message>
    <message>
        <source>%1 vCPUs and %2 MB cannot be split evenly over %3 NUMA nodes.</source>
        <translation>%1 vCPU et %2 Mo ne peuvent pas être répartis également sur %3 nœuds NUMA.</translation>
    </message>
    <message>
        <source>Every one of the %1 NUMA nodes needs both a numa_cpus.N and a numa_mem.N entry.</source>
        <translation>Chacun des %1 nœuds NUMA doit avoir une entrée numa_cpus.N et une entrée numa_mem.N.</translation>
    </message>
    <message>
        <source>vCPU %1 in the NUMA map is beyond the flavor&apos;s last vCPU %2.</source>
        <translation>Le vCPU %1 de la correspondance NUMA dépasse le dernier vCPU %2 du flavor.</translation>
    </message>
    <message>
        <source>vCPU %1 is mapped to more than one NUMA node.</source>
        <translation>Le vCPU %1 est associé à plus d&apos;un nœud NUMA.</translation>
    </message>
    <message>
        <source>vCPU(s) %1 are not mapped to any NUMA node.</source>
        <translation>Les vCPU %1 ne sont associés à aucun nœud NUMA.</translation>
    </message>
    <message>
        <source>The NUMA memory map adds up to %1 MB, not the flavor&apos;s %2 MB (hw:numa_mem.N is in MB).</source>
        <translation>La correspondance mémoire NUMA totalise %1 Mo, pas les %2 Mo du flavor (hw:numa_mem.N est en Mo).</translation>
    </message>
    <message>
        <source>vIOMMU is only supported for x86_64 and aarch64 guests, not %1.</source>
        <translation>Le vIOMMU n&apos;est pris en charge que pour les invités x86_64 et aarch64, pas %1.</translation>
    </message>
    <message>
        <source>vIOMMU needs a machine type containing &apos;%1&apos;; hw_machine_type=%2 fails at spawn.</source>
        <translation>Le vIOMMU nécessite un type de machine contenant &apos;%1&apos; ; hw_machine_type=%2 échoue au démarrage.</translation>
    </message>
    <message>
        <source>vIOMMU needs a q35 machine type, and the x86 default is pc: spawn fails with InvalidVIOMMUMachineType unless the image sets hw_machine_type=q35 or the compute sets [libvirt]hw_machine_type=x86_64=q35.</source>
        <translation>Le vIOMMU nécessite un type de machine q35, et le défaut x86 est pc : le démarrage échoue avec InvalidVIOMMUMachineType sauf si l&apos;image définit hw_machine_type=q35 ou si le nœud de calcul définit [libvirt]hw_machine_type=x86_64=q35.</translation>
    </message>
    <message>
        <source>hw:viommu_model=auto becomes virtio with libvirt &gt;= 8.3.0, otherwise intel on x86 q35 and smmuv3 on aarch64.</source>
        <translation>hw:viommu_model=auto devient virtio avec libvirt &gt;= 8.3.0, sinon intel sur x86 q35 et smmuv3 sur aarch64.</translation>
    </message>
    <message>
        <source>%1=%2: the NVIDIA driver allows only one vGPU per instance per physical GPU or VF; request each vGPU in its own group (resources1:VGPU=1, resources2:VGPU=1).</source>
        <translation>%1=%2 : le pilote NVIDIA n&apos;autorise qu&apos;un vGPU par instance et par GPU physique ou VF ; demandez chaque vGPU dans son propre groupe (resources1:VGPU=1, resources2:VGPU=1).</translation>
    </message>
    <message>
        <source>Before Nova 33 (2026.1) only the first request group with VGPU is honored (bug 1758086).</source>
        <translation>Avant Nova 33 (2026.1), seul le premier groupe de requête avec VGPU est honoré (bogue 1758086).</translation>
    </message>
    <message>
        <source>vDPA devices cannot be requested through pci_passthrough:alias; only Neutron ports with vnic_type=vdpa get them.</source>
        <translation>Les périphériques vDPA ne peuvent pas être demandés via pci_passthrough:alias ; seuls les ports Neutron avec vnic_type=vdpa les obtiennent.</translation>
    </message>
    <message>
        <source>Each alias must exist in [pci]alias on the API and conductor hosts, otherwise the boot fails with PciRequestAliasNotDefined (400).</source>
        <translation>Chaque alias doit exister dans [pci]alias sur les hôtes API et conductor, sinon le démarrage échoue avec PciRequestAliasNotDefined (400).</translation>
    </message>
    <message>
        <source>hw:pci_numa_affinity_policy has no effect without a NUMA topology (pinning, hugepages or hw:numa_nodes): the PCI filter skips NUMA affinity for instances without NUMA cells.</source>
        <translation>hw:pci_numa_affinity_policy n&apos;a aucun effet sans topologie NUMA (épinglage, pages énormes ou hw:numa_nodes) : le filtre PCI ignore l&apos;affinité NUMA pour les instances sans cellules NUMA.</translation>
    </message>
    <message>
        <source>vDPA devices, or several VFIO devices behind a vIOMMU, need guest memory locked; set hw:locked_memory=true together with hw:mem_page_size.</source>
        <translation>Les périphériques vDPA, ou plusieurs périphériques VFIO derrière un vIOMMU, exigent une mémoire invitée verrouillée ; définissez hw:locked_memory=true avec hw:mem_page_size.</translation>
    </message>
    <message>
        <source>vDPA needs guest memory locked; before Nova 26 the workaround is hw:cpu_realtime=yes with a mask or emulator policy, plus hugepages.</source>
        <translation>vDPA exige une mémoire invitée verrouillée ; avant Nova 26, le contournement est hw:cpu_realtime=yes avec un masque ou une politique d&apos;émulateur, plus des pages énormes.</translation>
    </message>
    <message>
        <source>Realtime guests are advised to disable the virtual PMU.</source>
        <translation>Il est conseillé de désactiver la PMU virtuelle pour les invités temps réel.</translation>
    </message>
    <message>
        <source>Realtime guests are advised to use hugepages.</source>
        <translation>Il est conseillé d&apos;utiliser des pages énormes pour les invités temps réel.</translation>
    </message>
    <message>
        <source>Realtime with hw:emulator_threads_policy=share fails at spawn (RealtimeMaskNotFoundOrInvalid) on a host without [compute]cpu_shared_set.</source>
        <translation>Le temps réel avec hw:emulator_threads_policy=share échoue au démarrage (RealtimeMaskNotFoundOrInvalid) sur un hôte sans [compute]cpu_shared_set.</translation>
    </message>
    <message>
        <source>hw:emulator_threads_policy has no effect without a NUMA topology.</source>
        <translation>hw:emulator_threads_policy n&apos;a aucun effet sans topologie NUMA.</translation>
    </message>
    <message>
        <source>The page size unit is bits: Nova reads it as %1, which no host offers, so scheduling fails.</source>
        <translation>L&apos;unité de la taille de page est le bit : Nova la lit comme %1, qu&apos;aucun hôte n&apos;offre, donc la planification échoue.</translation>
    </message>
    <message>
        <source>Nova validates extra specs only at compute API microversion 2.86 or later; openstack CLI and SDK send 2.61 unless told otherwise, and then unknown keys and bad values are stored silently.</source>
        <translation>Nova ne valide les extra specs qu&apos;à partir de la microversion 2.86 de l&apos;API compute ; la CLI openstack et le SDK envoient 2.61 sauf indication contraire, et les clés inconnues et valeurs erronées sont alors enregistrées sans avertissement.</translation>
    </message>
    <message>
        <source>upgrade to Nova 26 (Zed) or later with every nova-compute upgraded</source>
        <translation>mettre à niveau vers Nova 26 (Zed) ou plus récent, avec chaque nova-compute mis à niveau</translation>
    </message>
    <message>
        <source>Allowed only once every nova-compute reports service version &gt;= %1; until then the API answers %2.</source>
        <translation>Autorisé seulement quand chaque nova-compute annonce une version de service &gt;= %1 ; d&apos;ici là, l&apos;API répond %2.</translation>
    </message>
    <message>
        <source>finish upgrading every compute host</source>
        <translation>terminer la mise à niveau de chaque hôte de calcul</translation>
    </message>
    <message>
        <source>vDPA live migration is a hot-unplug/hot-plug migration: the guest loses connectivity on that port.</source>
        <translation>La migration à chaud vDPA est une migration par débranchement/rebranchement à chaud : l&apos;invité perd la connectivité sur ce port.</translation>
    </message>
    <message>
        <source>bond the device with a virtio NIC in the guest</source>
        <translation>agréger le périphérique avec une carte virtio dans l&apos;invité</translation>
    </message>
    <message>
        <source>vGPU live migration is not supported before Nova 29 (2024.1): MigrationPreCheckError.</source>
        <translation>La migration à chaud des vGPU n&apos;est pas prise en charge avant Nova 29 (2024.1) : MigrationPreCheckError.</translation>
    </message>
    <message>
        <source>cold migrate instead</source>
        <translation>migrer à froid à la place</translation>
    </message>
    <message>
        <source>vGPU live migration needs libvirt &gt;= 8.6.0, QEMU &gt;= 8.1.0 and kernel &gt;= 5.18 on both hosts, the source mdev type on the destination, live_migration_permit_post_copy=False, and tuned downtime settings.</source>
        <translation>La migration à chaud des vGPU nécessite libvirt &gt;= 8.6.0, QEMU &gt;= 8.1.0 et un noyau &gt;= 5.18 sur les deux hôtes, le type mdev source sur la destination, live_migration_permit_post_copy=False et des réglages d&apos;interruption ajustés.</translation>
    </message>
    <message>
        <source>set [libvirt]live_migration_downtime=500000, steps 3, delay 3</source>
        <translation>définir [libvirt]live_migration_downtime=500000, steps 3, delay 3</translation>
    </message>
    <message>
        <source>Detaching a volume from an instance with vGPUs fails before Nova 31 (bug 2074219).</source>
        <translation>Le détachement d&apos;un volume d&apos;une instance avec des vGPU échoue avant Nova 31 (bogue 2074219).</translation>
    </message>
    <message>
        <source>upgrade to Nova 31</source>
        <translation>mettre à niveau vers Nova 31</translation>
    </message>
    <message>
        <source>SR-IOV direct ports are hot-unplugged and re-plugged: connectivity is lost during the migration.</source>
        <translation>Les ports SR-IOV direct sont débranchés puis rebranchés à chaud : la connectivité est perdue pendant la migration.</translation>
    </message>
    <message>
        <source>bond the VF with a virtio NIC in the guest</source>
        <translation>agréger la VF avec une carte virtio dans l&apos;invité</translation>
    </message>
    <message>
        <source>Flavor PCI aliases block live migration (MigrationPreCheckError) unless every device is tagged live_migratable; bug 2102161 ignores the tag when the device_spec has physical_network.</source>
        <translation>Les alias PCI du flavor bloquent la migration à chaud (MigrationPreCheckError) sauf si chaque périphérique est marqué live_migratable ; le bogue 2102161 ignore la marque quand le device_spec a physical_network.</translation>
    </message>
    <message>
        <source>Flavor PCI aliases block live migration (MigrationPreCheckError) before Nova 31.</source>
        <translation>Avant Nova 31, les alias PCI du flavor bloquent la migration à chaud (MigrationPreCheckError).</translation>
    </message>
    <message>
        <source>tag the alias and device_spec live_migratable: yes</source>
        <translation>marquer l&apos;alias et le device_spec live_migratable: yes</translation>
    </message>
    <message>
        <source>%1 &gt;= %2 for %3 (%4)</source>
        <translation>%1 &gt;= %2 pour %3 (%4)</translation>
    </message>
    <message>
        <source>vIOMMU model virtio (and auto -&gt; virtio)</source>
        <translation>le modèle vIOMMU virtio (et auto -&gt; virtio)</translation>
    </message>
    <message>
        <source>nova-compute to start</source>
        <translation>le démarrage de nova-compute</translation>
    </message>
    <message>
        <source>%1 instances on %2</source>
        <translation>instances %1 sur %2</translation>
    </message>
    <message>
        <source>mdev type %1</source>
        <translation>Type mdev %1</translation>
    </message>
    <message>
        <source>mdev instances (no mdev-capable device)</source>
        <translation>instances mdev (aucun périphérique compatible mdev)</translation>
    </message>
    <message>
        <source>mdev instances (available: %1)</source>
        <translation>instances mdev (disponibles : %1)</translation>
    </message>
    <message>
        <source>no NUMA node: %1</source>
        <translation>sans nœud NUMA : %1</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>nœud %1 : %2</translation>
    </message>
    <message>
        <source>devices of PCI alias &apos;%1&apos; (not in the profile&apos;s [pci] alias)</source>
        <translation>périphériques de l&apos;alias PCI &apos;%1&apos; (absent du [pci] alias du profil)</translation>
    </message>
    <message>
        <source>devices of PCI alias &apos;%1&apos; (%2:%3)</source>
        <translation>périphériques de l&apos;alias PCI &apos;%1&apos; (%2:%3)</translation>
    </message>
    <message>
        <source>pCPUs in cpu_dedicated_set</source>
        <translation>pCPU de cpu_dedicated_set</translation>
    </message>
    <message>
        <source>the node has no %1</source>
        <translation>le nœud n&apos;a pas de %1</translation>
    </message>
    <message>
        <source>%1 free, %2 needed (%3 MiB)</source>
        <translation>%1 libres, %2 nécessaires (%3 Mio)</translation>
    </message>
    <message>
        <source>%1 %2 free</source>
        <translation>%1 %2 libres</translation>
    </message>
    <message>
        <source>pages of any size</source>
        <translation>pages de toute taille</translation>
    </message>
    <message>
        <source>%1 MiB needed; %2</source>
        <translation>%1 Mio nécessaires ; %2</translation>
    </message>
    <message>
        <source>%1 MiB of %2 free, %3 MiB needed (pinned instances do not overcommit)</source>
        <translation>%1 Mio de %2 libres, %3 Mio nécessaires (les instances épinglées ne font pas de surallocation)</translation>
    </message>
    <message>
        <source>%1 MiB free, %2 MiB needed</source>
        <translation>%1 Mio libres, %2 Mio nécessaires</translation>
    </message>
    <message>
        <source>the node has %1 dedicated CPUs, a guest cell needs %2%3</source>
        <translation>le nœud a %1 CPU dédiés, une cellule invitée en nécessite %2%3</translation>
    </message>
    <message>
        <source>the node has %1 shared CPUs, a guest cell floats %2 vCPUs on it</source>
        <translation>le nœud a %1 CPU partagés, une cellule invitée y place %2 vCPU flottants</translation>
    </message>
    <message>
        <source>%1 of %2 free, %3 needed%4</source>
        <translation>%1 libres sur %2, %3 nécessaires%4</translation>
    </message>
    <message>
        <source>%1 of %2 used (%3 CPUs x cpu_allocation_ratio %4), %5 more needed</source>
        <translation>%1 utilisés sur %2 (%3 CPU x cpu_allocation_ratio %4), %5 de plus nécessaires</translation>
    </message>
    <message>
        <source>%1 of %2 MiB used, %3 MiB more needed</source>
        <translation>%1 sur %2 Mio utilisés, %3 Mio de plus nécessaires</translation>
    </message>
    <message>
        <source>%1 free pCPUs, but not as the thread policy needs them (whole free cores for isolate, sibling threads for require)</source>
        <translation>%1 pCPU libres, mais pas comme la politique de threads les exige (cœurs entiers libres pour isolate, threads frères pour require)</translation>
    </message>
    <message>
        <source>NUMA nodes with room (%1 of %2 needed)</source>
        <translation>nœuds NUMA avec de la place (%1 sur %2 nécessaires)</translation>
    </message>
    <message>
        <source>Each guest cell fits on some host node, but not all %1 at once.</source>
        <translation>Chaque cellule invitée tient sur un nœud de l&apos;hôte, mais pas les %1 à la fois.</translation>
    </message>
    <message>
        <source>%1 on NUMA node%2 %3</source>
        <translation>%1 (nœud%2 NUMA %3)</translation>
    </message>
    <message>
        <source>A guest NUMA cell (%1 MiB, %2 pinned + %3 floating vCPUs) fits on no host NUMA node: %4.</source>
        <translation>Une cellule NUMA invitée (%1 Mio, %2 vCPU épinglés + %3 flottants) ne tient sur aucun nœud NUMA de l&apos;hôte : %4.</translation>
    </message>
    <message>
        <source>The instance needs %1 host NUMA nodes at once; only node%2 %3 %4 room (%5).</source>
        <translation>L&apos;instance a besoin de %1 nœuds NUMA de l&apos;hôte à la fois ; seul(s) le(s) nœud%2 %3 %4 de la place (%5).</translation>
    </message>
    <message>
        <source>host CPUs (the capabilities list no NUMA cells)</source>
        <translation>CPU de l&apos;hôte (les capabilities ne listent aucune cellule NUMA)</translation>
    </message>
    <message>
        <source>The host&apos;s capabilities list no NUMA cells and so no CPUs; Nova would report no VCPU or PCPU inventory (libvirt&apos;s test driver does this).</source>
        <translation>Les capabilities de l&apos;hôte ne listent aucune cellule NUMA, donc aucun CPU ; Nova ne signalerait aucun inventaire VCPU ni PCPU (c&apos;est le cas du pilote de test de libvirt).</translation>
    </message>
    <message>
        <source>Placement has %1 PCPU left of %2 ([compute] cpu_dedicated_set); one instance needs %3.</source>
        <translation>Placement dispose encore de %1 PCPU sur %2 ([compute] cpu_dedicated_set) ; une instance en nécessite %3.</translation>
    </message>
    <message>
        <source>VCPU (%1 shared CPUs x allocation ratio %2)</source>
        <translation>VCPU (%1 CPU partagés x ratio d&apos;allocation %2)</translation>
    </message>
    <message>
        <source>VCPU (none: cpu_dedicated_set without cpu_shared_set)</source>
        <translation>VCPU (aucun : cpu_dedicated_set sans cpu_shared_set)</translation>
    </message>
    <message>
        <source>Placement has %1 VCPU left of %2; one instance needs %3.</source>
        <translation>Placement dispose encore de %1 VCPU sur %2 ; une instance en nécessite %3.</translation>
    </message>
    <message>
        <source>host memory (MEMORY_MB)</source>
        <translation>mémoire de l&apos;hôte (MEMORY_MB)</translation>
    </message>
    <message>
        <source>Placement has %1 MiB left of %2 MiB (less %3 MiB reserved_host_memory_mb); one instance needs %4 MiB.</source>
        <translation>Placement dispose encore de %1 Mio sur %2 Mio (moins %3 Mio de reserved_host_memory_mb) ; une instance en nécessite %4 Mio.</translation>
    </message>
    <message>
        <source>the flavor itself (stage %1: %2)</source>
        <translation>le flavor lui-même (étape %1 : %2)</translation>
    </message>
    <message>
        <source>An instance needs %1; %2 left free (%3).</source>
        <translation>Une instance en nécessite %1 ; il en reste %2 de libres (%3).</translation>
    </message>
    <message>
        <source>%1: %2 free (%3)</source>
        <translation>%1 : %2 libres (%3)</translation>
    </message>
    <message>
        <source>devices on the instance&apos;s NUMA node (%1 policy)</source>
        <translation>périphériques sur le nœud NUMA de l&apos;instance (politique %1)</translation>
    </message>
    <message>
        <source>(a combination of nodes)</source>
        <translation>(une combinaison de nœuds)</translation>
    </message>
    <message>
        <source>The instance does not fit, for no reason vDeck can name.</source>
        <translation>L&apos;instance ne tient pas, pour une raison que vDeck ne sait pas nommer.</translation>
    </message>
    <message>
        <source>The host&apos;s %1 version is not known; vDeck cannot check %2.</source>
        <translation>La version de %1 de l&apos;hôte est inconnue ; vDeck ne peut pas vérifier %2.</translation>
    </message>
    <message>
        <source>%1 %2 on %3 is below the minimum: %4.</source>
        <translation>%1 %2 sur %3 est inférieur au minimum : %4.</translation>
    </message>
    <message>
        <source>the default; the profile sets no [libvirt]hw_machine_type</source>
        <translation>valeur par défaut ; le profil ne définit pas [libvirt]hw_machine_type</translation>
    </message>
    <message>
        <source>The host&apos;s QEMU offers no %1 machine type for %2 (it has: %3).</source>
        <translation>Le QEMU de l&apos;hôte ne propose aucun type de machine %1 pour %2 (il propose : %3).</translation>
    </message>
    <message>
        <source>hw:viommu_model=auto becomes %1 on %2 (libvirt %3; %4).</source>
        <translation>hw:viommu_model=auto devient %1 sur %2 (libvirt %3 ; %4).</translation>
    </message>
    <message>
        <source>vIOMMU model virtio needs %1; %2 has libvirt %3 (Nova does not report COMPUTE_VIOMMU_MODEL_VIRTIO there).</source>
        <translation>Le modèle vIOMMU virtio nécessite %1 ; %2 a libvirt %3 (Nova n&apos;y signale pas COMPUTE_VIOMMU_MODEL_VIRTIO).</translation>
    </message>
    <message>
        <source>vIOMMU model intel exists only for x86 q35 guests, not %1.</source>
        <translation>Le modèle vIOMMU intel n&apos;existe que pour les invités x86 q35, pas pour %1.</translation>
    </message>
    <message>
        <source>vIOMMU model smmuv3 exists only for aarch64 virt guests, not %1.</source>
        <translation>Le modèle vIOMMU smmuv3 n&apos;existe que pour les invités aarch64 virt, pas pour %1.</translation>
    </message>
    <message>
        <source>vDeck stops counting at %1 instances</source>
        <translation>vDeck arrête de compter à %1 instances</translation>
    </message>
    <message>
        <source>%1 cannot run this flavor now: not enough %2. %3</source>
        <translation>%1 ne peut pas exécuter ce flavor maintenant, ressource épuisée : %2. %3</translation>
    </message>
    <message>
        <source>At least %1 instances fit on %2 now (%3).</source>
        <translation>Au moins %1 instances tiennent maintenant sur %2 (%3).</translation>
    </message>
    <message>
        <source>%1 instance(s) fit on %2 now; then there are not enough %3. %4</source>
        <translation>%1 instance(s) tiennent maintenant sur %2 ; ensuite, ressource épuisée : %3. %4</translation>
    </message>
    <message>
        <source>There are no host facts: the IOMMU, hugepage, memlock, nova.conf and NVIDIA vGPU checks were skipped; only the versions libvirt reports were checked.</source>
        <translation>Aucun fait d&apos;hôte : les vérifications IOMMU, pages énormes, memlock, nova.conf et vGPU NVIDIA ont été ignorées ; seules les versions signalées par libvirt ont été vérifiées.</translation>
    </message>
    <message>
        <source>Probe the host over ssh (vdeckctl audit --ssh USER@HOST, or vdeckctl capture --ssh to keep the facts in the snapshot).</source>
        <translation>Sondez l&apos;hôte par ssh (vdeckctl audit --ssh USER@HOST, ou vdeckctl capture --ssh pour conserver les faits dans l&apos;instantané).</translation>
    </message>
    <message>
        <source>The %1 facts could not be read completely: %2</source>
        <translation>Les faits de la sonde %1 n&apos;ont pas pu être lus entièrement : %2</translation>
    </message>
    <message>
        <source>output cap reached</source>
        <translation>limite de sortie atteinte</translation>
    </message>
    <message>
        <source>Probe the host again; checks that depend on these facts were skipped or may be wrong.</source>
        <translation>Sondez à nouveau l&apos;hôte ; les vérifications qui dépendent de ces faits ont été ignorées ou peuvent être erronées.</translation>
    </message>
    <message>
        <source>Enable VT-d/AMD-Vi in the firmware and add intel_iommu=on (or amd_iommu=on) and iommu=pt to the kernel command line, then reboot.</source>
        <translation>Activez VT-d/AMD-Vi dans le firmware et ajoutez intel_iommu=on (ou amd_iommu=on) et iommu=pt à la ligne de commande du noyau, puis redémarrez.</translation>
    </message>
    <message>
        <source>The IOMMU is not enabled (%1) while %2 VF(s), %3 vDPA device(s) and %4 mdev(s) are in use.</source>
        <translation>L&apos;IOMMU n&apos;est pas activé (%1) alors que %2 VF, %3 périphérique(s) vDPA et %4 mdev sont utilisés.</translation>
    </message>
    <message>
        <source>disabled on the kernel command line</source>
        <translation>désactivé sur la ligne de commande du noyau</translation>
    </message>
    <message>
        <source>no IOMMU groups</source>
        <translation>aucun groupe IOMMU</translation>
    </message>
    <message>
        <source>IOMMU groups exist, but the kernel command line does not say intel_iommu=on or amd_iommu=on; the IOMMU depends on the kernel&apos;s build default.</source>
        <translation>Des groupes IOMMU existent, mais la ligne de commande du noyau ne contient ni intel_iommu=on ni amd_iommu=on ; l&apos;IOMMU dépend de la valeur par défaut de compilation du noyau.</translation>
    </message>
    <message>
        <source>Flavors request hugepages but no hugetlbfs is mounted.</source>
        <translation>Des flavors demandent des pages énormes, mais aucun hugetlbfs n&apos;est monté.</translation>
    </message>
    <message>
        <source>Mount hugetlbfs (e.g. at /dev/hugepages; systemd&apos;s dev-hugepages.mount) and restart libvirt.</source>
        <translation>Montez hugetlbfs (p. ex. sur /dev/hugepages ; dev-hugepages.mount de systemd) et redémarrez libvirt.</translation>
    </message>
    <message>
        <source>any NUMA node</source>
        <translation>n&apos;importe quel nœud NUMA</translation>
    </message>
    <message>
        <source>NUMA node %1</source>
        <translation>Nœud NUMA %1</translation>
    </message>
    <message>
        <source>No %1 hugepages are reserved on %2, but flavors request hw:mem_page_size=%1.</source>
        <translation>Aucune page énorme de %1 n&apos;est réservée sur %2, mais des flavors demandent hw:mem_page_size=%1.</translation>
    </message>
    <message>
        <source>Reserve them at boot (hugepagesz=%1 hugepages=N on the kernel command line) or per node in /sys/devices/system/node/nodeN/hugepages/hugepages-%2kB/nr_hugepages.</source>
        <translation>Réservez-les au démarrage (hugepagesz=%1 hugepages=N sur la ligne de commande du noyau) ou par nœud dans /sys/devices/system/node/nodeN/hugepages/hugepages-%2kB/nr_hugepages.</translation>
    </message>
    <message>
        <source>%1 hugepages are reserved on %2, but at most %3 are free where %4 are needed.</source>
        <translation>Des pages énormes de %1 sont réservées sur %2, mais au plus %3 sont libres alors qu&apos;il en faut %4.</translation>
    </message>
    <message>
        <source>Reserve more %1 pages on that node, or move guests that hold them.</source>
        <translation>Réservez davantage de pages de %1 sur ce nœud, ou déplacez les invités qui les occupent.</translation>
    </message>
    <message>
        <source>QEMU may lock at most %1 (%2), but a %3 MiB guest with %4 needs %5.</source>
        <translation>QEMU peut verrouiller au plus %1 (%2), mais un invité de %3 Mio avec %4 a besoin de %5.</translation>
    </message>
    <message>
        <source>Use hw:locked_memory=true with hw:mem_page_size (Nova &gt;= 26) so libvirt lifts the limit, or raise LimitMEMLOCK for virtqemud/libvirtd.</source>
        <translation>Utilisez hw:locked_memory=true avec hw:mem_page_size (Nova &gt;= 26) pour que libvirt lève la limite, ou augmentez LimitMEMLOCK pour virtqemud/libvirtd.</translation>
    </message>
    <message>
        <source>Flavors ask for dedicated CPUs but nova.conf has no [compute]cpu_dedicated_set, so the host reports no PCPU inventory.</source>
        <translation>Des flavors demandent des CPU dédiés, mais nova.conf n&apos;a pas de [compute]cpu_dedicated_set, donc l&apos;hôte ne signale aucun inventaire PCPU.</translation>
    </message>
    <message>
        <source>Set [compute]cpu_dedicated_set (and cpu_shared_set) to the host&apos;s isolated cores.</source>
        <translation>Définissez [compute]cpu_dedicated_set (et cpu_shared_set) sur les cœurs isolés de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Flavors request mdev type %1, but [devices]enabled_mdev_types does not list it.</source>
        <translation>Des flavors demandent le type mdev %1, mais [devices]enabled_mdev_types ne le liste pas.</translation>
    </message>
    <message>
        <source>Add %1 to [devices]enabled_mdev_types and give it a [mdev_%1] section with device_addresses.</source>
        <translation>Ajoutez %1 à [devices]enabled_mdev_types et donnez-lui une section [mdev_%1] avec device_addresses.</translation>
    </message>
    <message>
        <source>nova.conf uses the deprecated [pci]passthrough_whitelist.</source>
        <translation>nova.conf utilise l&apos;option obsolète [pci]passthrough_whitelist.</translation>
    </message>
    <message>
        <source>Rename it to [pci]device_spec (Nova &gt;= 26).</source>
        <translation>Renommez-la en [pci]device_spec (Nova &gt;= 26).</translation>
    </message>
    <message>
        <source>[pci]device_spec matches both the PF %1 and its VF %2; nova-compute (&gt;= 26) refuses to start.</source>
        <translation>[pci]device_spec correspond à la fois à la PF %1 et à sa VF %2 ; nova-compute (&gt;= 26) refuse de démarrer.</translation>
    </message>
    <message>
        <source>List either the PF or its VFs (for vDPA, the parent VF), not both.</source>
        <translation>Listez soit la PF, soit ses VF (pour vDPA, la VF parente), pas les deux.</translation>
    </message>
    <message>
        <source>%1 NVIDIA vGPU VF(s) use the vendor-specific VFIO driver and there is no mdev bus: Nova&apos;s mdev support (enabled_mdev_types) cannot use them.</source>
        <translation>%1 VF vGPU NVIDIA utilisent le pilote VFIO propre au fabricant et il n&apos;y a pas de bus mdev : la prise en charge mdev de Nova (enabled_mdev_types) ne peut pas les utiliser.</translation>
    </message>
    <message>
        <source>Configure the VFs as PCI passthrough ([pci]device_spec and alias, Nova &gt;= 31), with the vGPU type set through current_vgpu_type.</source>
        <translation>Configurez les VF en PCI passthrough ([pci]device_spec et alias, Nova &gt;= 31), avec le type vGPU défini via current_vgpu_type.</translation>
    </message>
    <message>
        <source>%1 %2 is below the minimum %3.</source>
        <translation>%1 %2 est inférieur au minimum %3.</translation>
    </message>
    <message>
        <source>Upgrade to %1 or later.</source>
        <translation>Mettez à niveau vers %1 ou ultérieur.</translation>
    </message>
    <message>
        <source>Flavors ask for realtime vCPUs but kernel %1 is not PREEMPT_RT.</source>
        <translation>Des flavors demandent des vCPU temps réel, mais le noyau %1 n&apos;est pas PREEMPT_RT.</translation>
    </message>
    <message>
        <source>Boot a PREEMPT_RT kernel with isolated cores and SMT off.</source>
        <translation>Démarrez un noyau PREEMPT_RT avec des cœurs isolés et SMT désactivé.</translation>
    </message>
    <message>
        <source>Flavors ask for realtime vCPUs but no CPUs are isolated.</source>
        <translation>Des flavors demandent des vCPU temps réel, mais aucun CPU n&apos;est isolé.</translation>
    </message>
    <message>
        <source>Isolate the cores of cpu_dedicated_set (isolcpus= or a tuned realtime profile).</source>
        <translation>Isolez les cœurs de cpu_dedicated_set (isolcpus= ou un profil tuned temps réel).</translation>
    </message>
    <message>
        <source>Flavors ask for realtime vCPUs but SMT is active.</source>
        <translation>Des flavors demandent des vCPU temps réel, mais SMT est actif.</translation>
    </message>
    <message>
        <source>Disable SMT (nosmt on the kernel command line or in the firmware).</source>
        <translation>Désactivez SMT (nosmt sur la ligne de commande du noyau ou dans le firmware).</translation>
    </message>
    <message>
        <source>have</source>
        <comment>nodes have room</comment>
        <translation>ont</translation>
    </message>
    <message>
        <source>has</source>
        <comment>a node has room</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Secure boot is required, but the host&apos;s firmware or the machine type (%1) does not support it.</source>
        <translation>Le démarrage sécurisé est requis, mais le firmware de l&apos;hôte ou le type de machine (%1) ne le prend pas en charge.</translation>
    </message>
    <message>
        <source>Nova %1 picks the UEFI loader and NVRAM template from the host&apos;s QEMU firmware descriptors; the preview shows neither &lt;loader&gt; nor &lt;nvram&gt;.</source>
        <translation>Nova %1 choisit le chargeur UEFI et le modèle NVRAM dans les descripteurs de firmware QEMU de l&apos;hôte ; l&apos;aperçu n&apos;affiche ni &lt;loader&gt; ni &lt;nvram&gt;.</translation>
    </message>
    <message>
        <source>OVS-DPDK binds the normal port as vhost-user, which needs the guest&apos;s memory shared with the switch; without hw:mem_page_size Nova writes no memAccess=&apos;shared&apos;, and the port passes no traffic.</source>
        <translation>OVS-DPDK lie le port normal en vhost-user, qui doit partager la mémoire de l&apos;invité avec le commutateur ; sans hw:mem_page_size, Nova n&apos;écrit pas memAccess=&apos;shared&apos; et le port ne transmet aucun trafic.</translation>
    </message>
    <message>
        <source> (Nova lists it from %1)</source>
        <translation> (Nova le connaît à partir de %1)</translation>
    </message>
    <message>
        <source> (Nova %1 was the last release to list it)</source>
        <translation> (Nova %1 est la dernière version à le connaître)</translation>
    </message>
    <message>
        <source>No flavor spelling both passes validation and works in Nova %1: set the image property %2 instead, or set %3 at microversion 2.85 or earlier.</source>
        <translation>Dans Nova %1, aucune écriture de flavor ne passe la validation tout en ayant un effet : définissez plutôt la propriété d&apos;image %2, ou définissez %3 en microversion 2.85 ou antérieure.</translation>
    </message>
    <message>
        <source>Nova %1 refuses %2 with 400 at microversion 2.86 and later; set at 2.85 or earlier it is stored unvalidated and takes effect (nova/virt/hardware.py reads it). The registry&apos;s %3 passes but nothing reads it.</source>
        <translation>Nova %1 refuse %2 avec 400 à partir de la microversion 2.86 ; défini en 2.85 ou antérieure, il est enregistré sans validation et a un effet (nova/virt/hardware.py le lit). %3 du registre passe la validation mais rien ne le lit.</translation>
    </message>
    <message>
        <source>Nova %1 refuses %2 with 400 at microversion 2.86 and later, and it has no effect at any microversion: nova/virt/hardware.py reads %3.</source>
        <translation>Nova %1 refuse %2 avec 400 à partir de la microversion 2.86, et il n&apos;a d&apos;effet à aucune microversion : nova/virt/hardware.py lit %3.</translation>
    </message>
    <message>
        <source>%1 passes validation in Nova %2 and works.</source>
        <translation>%1 passe la validation dans Nova %2 et a un effet.</translation>
    </message>
    <message>
        <source>Nova %1 accepts %2 at every microversion, but nothing reads it (nova/virt/hardware.py reads %3): the guest&apos;s CPU topology is not limited. %3 is refused with 400 at microversion 2.86 and later.</source>
        <translation>Nova %1 accepte %2 à toute microversion, mais rien ne le lit (nova/virt/hardware.py lit %3) : la topologie CPU de l&apos;invité n&apos;est pas limitée. %3 est refusé avec 400 à partir de la microversion 2.86.</translation>
    </message>
    <message>
        <source>Nova %1 blocks this for instances with vDPA ports before %2 (NotSupported); %2 allows moves and shelve (the backport of Zed&apos;s change): check the exact version.</source>
        <translation>Nova %1 bloque ceci pour les instances avec des ports vDPA avant %2 (NotSupported) ; %2 autorise les déplacements et le shelve (rétroportage du changement de Zed) : vérifiez la version exacte.</translation>
    </message>
    <message>
        <source>upgrade to %1 or later</source>
        <translation>mettre à jour vers %1 ou ultérieure</translation>
    </message>
    <message>
        <source>Nova %1 blocks this for instances with vDPA ports (NotSupported); moves and shelve are allowed from 24.2.0 (Xena), 25.1.0 (Yoga) and 26.0.0 (Zed), never in Wallaby.</source>
        <translation>Nova %1 bloque ceci pour les instances avec des ports vDPA (NotSupported) ; les déplacements et le shelve sont autorisés à partir de 24.2.0 (Xena), 25.1.0 (Yoga) et 26.0.0 (Zed), jamais dans Wallaby.</translation>
    </message>
    <message>
        <source>upgrade to 24.2.0 (Xena) or later</source>
        <translation>mettre à jour vers 24.2.0 (Xena) ou ultérieure</translation>
    </message>
    <message>
        <source>Nova %1 blocks this for instances with vDPA ports (NotSupported); Zed (26) is the first release that allows it.</source>
        <translation>Nova %1 bloque ceci pour les instances avec des ports vDPA (NotSupported) ; Zed (26) est la première version qui l&apos;autorise.</translation>
    </message>
    <message>
        <source>vIOMMU model smmuv3</source>
        <translation>modèle vIOMMU smmuv3</translation>
    </message>
    <message>
        <source>The saved compute profile of %1 is not used (the defaults are): %2</source>
        <translation>Le profil de calcul enregistré de %1 n&apos;est pas utilisé (les valeurs par défaut le sont) : %2</translation>
    </message>
    <message>
        <source>Use %1 in flavor</source>
        <translation>Utiliser %1 dans la flavor</translation>
    </message>
    <message>
        <source>set %1=%2 in the flavor, or remove %3 from the image</source>
        <translation>définir %1=%2 dans le flavor, ou retirer %3 de l’image</translation>
    </message>
    <message>
        <source>set %1=%2 and %3=%4</source>
        <translation>définir %1=%2 et %3=%4</translation>
    </message>
    <message>
        <source>set %1=%2 in the flavor</source>
        <translation>définir %1=%2 dans le flavor</translation>
    </message>
    <message>
        <source>set image property %1, or [libvirt]%2 on the host</source>
        <translation>définir la propriété d’image %1, ou [libvirt]%2 sur l’hôte</translation>
    </message>
    <message>
        <source>set image property %1</source>
        <translation>définir la propriété d’image %1</translation>
    </message>
    <message>
        <source>set %1 on the image, or [libvirt]%2</source>
        <translation>définir %1 sur l’image, ou [libvirt]%2</translation>
    </message>
    <message>
        <source>set [compute] cpu_shared_set on the host, or use %1</source>
        <translation>définir [compute] cpu_shared_set sur l’hôte, ou utiliser %1</translation>
    </message>
    <message>
        <source>set [compute] cpu_shared_set, or use %1</source>
        <translation>définir [compute] cpu_shared_set, ou utiliser %1</translation>
    </message>
    <message>
        <source>set %1 (large, 2MB or 1GB) on the flavor</source>
        <translation>définir %1 (large, 2MB ou 1GB) dans le flavor</translation>
    </message>
    <message>
        <source>set %1 (e.g. large or 1GB)</source>
        <translation>définir %1 (par ex. large ou 1GB)</translation>
    </message>
    <message>
        <source>set %1 if NUMA-remote devices are acceptable</source>
        <translation>définir %1 si des périphériques sur un nœud NUMA distant sont acceptables</translation>
    </message>
    <message>
        <source>set the same value in flavor and image, or drop one of them</source>
        <translation>définir la même valeur dans le flavor et l’image, ou supprimer l’un des deux</translation>
    </message>
    <message>
        <source>remove %1 from the image</source>
        <translation>retirer %1 de l’image</translation>
    </message>
    <message>
        <source>remove %1 and keep %2</source>
        <translation>retirer %1 et garder %2</translation>
    </message>
    <message>
        <source>remove the alias and boot with a %1 port</source>
        <translation>retirer l’alias et démarrer avec un port %1</translation>
    </message>
    <message>
        <source>rename %1 to %2</source>
        <translation>renommer %1 en %2</translation>
    </message>
    <message>
        <source>upgrade %1 on the host to %2 or later</source>
        <translation>mettre à jour %1 sur l’hôte vers %2 ou plus récent</translation>
    </message>
    <message>
        <source>use a q35 machine type on a host with a secure-boot OVMF, or %1</source>
        <translation>utiliser un type de machine q35 sur un hôte avec un OVMF secure boot, ou %1</translation>
    </message>
    <message>
        <source>use %1 on q35 (or smmuv3 on aarch64) instead of virtio/auto</source>
        <translation>utiliser %1 sur q35 (ou smmuv3 sur aarch64) au lieu de virtio/auto</translation>
    </message>
    <message>
        <source>use %1</source>
        <translation>utiliser %1</translation>
    </message>
    <message>
        <source>give explicit %1 and %2 maps</source>
        <translation>donner des correspondances %1 et %2 explicites</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>définir %1</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1 : pas un objet JSON</translation>
    </message>
    <message>
        <source>the PF %1 (%2) with %3 VFs is gone</source>
        <translation>la PF %1 (%2) avec %3 VF a disparu</translation>
    </message>
    <message>
        <source>the PF %1 (%2) had %3 VFs and has %4</source>
        <translation>la PF %1 (%2) avait %3 VF et en a maintenant %4</translation>
    </message>
    <message>
        <source>the vDPA device %1 on %2 is gone</source>
        <translation>le périphérique vDPA %1 sur %2 a disparu</translation>
    </message>
    <message>
        <source>the mdev %1 (%2 on %3) is gone: it was not persistent</source>
        <translation>le mdev %1 (%2 sur %3) a disparu : il n&apos;était pas persistant</translation>
    </message>
    <message>
        <source>the mdev %1 on %2 was of type %3 and is of type %4</source>
        <translation>le mdev %1 sur %2 était de type %3 et est maintenant de type %4</translation>
    </message>
    <message>
        <source>NUMA node %1 had %2 hugepages of %3 KiB and has %4</source>
        <translation>le nœud NUMA %1 avait %2 pages énormes de %3 Kio et en a maintenant %4</translation>
    </message>
    <message>
        <source>the IOMMU was on and is off: no device can be passed through</source>
        <translation>l&apos;IOMMU était activé et ne l&apos;est plus : aucun périphérique ne peut être attribué en passthrough</translation>
    </message>
    <message>
        <source>only the %1 has the ssh probe&apos;s facts: kernel command line, CPU power, NVIDIA VFs and mdev types were not compared</source>
        <translation>seul %1 contient les faits de la sonde ssh : ligne de commande du noyau, gestion d&apos;énergie des CPU, VF NVIDIA et types mdev n&apos;ont pas été comparés</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>l&apos;instantané de référence</translation>
    </message>
    <message>
        <source>current snapshot</source>
        <translation>l&apos;instantané actuel</translation>
    </message>
    <message>
        <source>the kernel command line lost [%1] and gained [%2]</source>
        <translation>la ligne de commande du noyau a perdu [%1] et gagné [%2]</translation>
    </message>
    <message>
        <source>with cpu_power_management on, the online CPUs were %1 and are %2: nova-compute powers down the unused dedicated CPUs only when it starts</source>
        <translation>avec cpu_power_management activé, les CPU en ligne étaient %1 et sont maintenant %2 : nova-compute n&apos;éteint les CPU dédiés inutilisés qu&apos;à son démarrage</translation>
    </message>
    <message>
        <source>the GPU %1 had %2 vGPU VFs and has %3</source>
        <translation>le GPU %1 avait %2 VF vGPU et en a maintenant %3</translation>
    </message>
    <message>
        <source>the vGPU VF %1 had type %2 and has %3</source>
        <translation>la VF vGPU %1 avait le type %2 et a maintenant %3</translation>
    </message>
    <message>
        <source>With hw:pci_numa_affinity_policy=socket they must be on a NUMA node of the instance&apos;s socket.</source>
        <translation>Avec hw:pci_numa_affinity_policy=socket, ils doivent être sur un nœud NUMA du socket de l&apos;instance.</translation>
    </message>
    <message>
        <source>With hw:pci_numa_affinity_policy=%1 they must be on the instance&apos;s node.</source>
        <translation>Avec hw:pci_numa_affinity_policy=%1, ils doivent être sur le nœud de l&apos;instance.</translation>
    </message>
    <message>
        <source>The instance fits on NUMA node(s) %1 but its devices are free elsewhere: %2. %3</source>
        <translation>L&apos;instance tient sur le ou les nœuds NUMA %1, mais ses périphériques sont libres ailleurs : %2. %3</translation>
    </message>
    <message>
        <source>On %1 an %2 guest gets machine type %3 (%4), which has no vIOMMU: spawn fails. The host could also default to it: [libvirt]hw_machine_type=%2=%5.</source>
        <translation>Sur %1, un invité %2 reçoit le type de machine %3 (%4), qui n&apos;a pas de vIOMMU : le démarrage échoue. Ou comme valeur par défaut de l&apos;hôte : [libvirt]hw_machine_type=%2=%5.</translation>
    </message>
    <message>
        <source>libvirt %1 on %2 lets this guest lock %3 GiB (%4), but its devices map guest memory %5 times (%6 GiB); QEMU fails to map DMA for the later devices.</source>
        <translation>libvirt %1 sur %2 permet à cet invité de verrouiller %3 Gio (%4), mais ses périphériques mappent la mémoire invitée %5 fois (%6 Gio) ; QEMU échoue à mapper le DMA des périphériques suivants.</translation>
    </message>
    <message>
        <source>libvirt %1 on %2 lets this guest&apos;s QEMU lock %3 GiB of memory (%4).</source>
        <translation>libvirt %1 sur %2 permet au QEMU de cet invité de verrouiller %3 Gio de mémoire (%4).</translation>
    </message>
    <message>
        <source>%1: [pci] %2 is not an option of Nova %3; oslo.config ignores it</source>
        <translation>%1 : [pci] %2 n&apos;est pas une option de Nova %3 ; oslo.config l&apos;ignore</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a device_spec key of Nova %3: it becomes a tag that nothing asks for</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas une clé device_spec de Nova %3 : elle devient un tag que rien ne demande</translation>
    </message>
    <message>
        <source>the PF %1 (%2) and %3 of its VFs are all claimed; %4</source>
        <translation>la PF %1 (%2) et %3 de ses VF sont toutes revendiquées ; %4</translation>
    </message>
    <message>
        <source>with report_in_placement nova-compute refuses to start (PlacementPciDependentDeviceException)</source>
        <translation>avec report_in_placement, nova-compute refuse de démarrer (PlacementPciDependentDeviceException)</translation>
    </message>
    <message>
        <source>a PF given to a guest takes its VFs away from every other guest</source>
        <translation>une PF attribuée à un invité prive tous les autres invités de ses VF</translation>
    </message>
    <message>
        <source>%1: the remote_managed spec %2 claims nothing: no device it names has a VPD card serial number (a SmartNIC/DPU VF)</source>
        <translation>%1 : la spec remote_managed %2 ne revendique rien : aucun périphérique qu&apos;elle désigne n&apos;a de numéro de série de carte dans le VPD (une VF SmartNIC/DPU)</translation>
    </message>
    <message>
        <source>%1: the spec %2 claims no device of this host</source>
        <translation>%1 : la spec %2 ne revendique aucun périphérique de cet hôte</translation>
    </message>
    <message>
        <source>%1: devname cannot be used with [pci]report_in_placement (pci_placement_translator.py ensure_no_dev_spec_with_devname)</source>
        <translation>%1 : devname ne peut pas être utilisé avec [pci]report_in_placement (pci_placement_translator.py ensure_no_dev_spec_with_devname)</translation>
    </message>
    <message>
        <source>%1: no device claimed by a device_spec on this host satisfies the alias &apos;%2&apos;</source>
        <translation>%1 : aucun périphérique revendiqué par un device_spec sur cet hôte ne satisfait l&apos;alias &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: nova-compute refuses to start: %2</source>
        <translation>%1 : nova-compute refuse de démarrer : %2</translation>
    </message>
    <message>
        <source>%1every flavor with pci_passthrough:alias fails: %2</source>
        <translation>%1chaque flavor avec pci_passthrough:alias échoue : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the [pci] alias configuration is invalid: %1</source>
        <translation>la configuration [pci] alias est invalide : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME:COUNT</source>
        <translation>&apos;%1&apos; n&apos;est pas de la forme NAME:COUNT</translation>
    </message>
    <message>
        <source>the alias &apos;%1&apos; is not defined in [pci] alias</source>
        <translation>l&apos;alias &apos;%1&apos; n&apos;est pas défini dans [pci] alias</translation>
    </message>
    <message>
        <source>%1 device(s) of alias &apos;%2&apos; requested, this host has %3 that it can serve it from</source>
        <translation>%1 périphérique(s) de l&apos;alias &apos;%2&apos; demandé(s), cet hôte en a %3 pour le servir</translation>
    </message>
    <message>
        <source>Nova %1 writes intremap, caching_mode, aw_bits, eim and iotlb on every vIOMMU; libvirt refuses them on model &apos;%2&apos; (&quot;iommu model &apos;%2&apos; doesn&apos;t support additional attributes&quot;), so the guest is not defined and the spawn fails.</source>
        <translation>Nova %1 écrit intremap, caching_mode, aw_bits, eim et iotlb sur chaque vIOMMU ; libvirt les refuse pour le modèle &apos;%2&apos; (&quot;iommu model &apos;%2&apos; doesn&apos;t support additional attributes&quot;), donc l&apos;invité n&apos;est pas défini et le démarrage échoue.</translation>
    </message>
    <message>
        <source> (request group %1)</source>
        <translation> (groupe de requête %1)</translation>
    </message>
    <message>
        <source>%1 is disabled: its nova-compute service is disabled (trait COMPUTE_STATUS_DISABLED)</source>
        <translation>%1 est désactivé : son service nova-compute est désactivé (trait COMPUTE_STATUS_DISABLED)</translation>
    </message>
    <message>
        <source>%1 lacks the trait %2 that the request requires of the compute node</source>
        <translation>%1 n’a pas le trait %2 que la requête exige du nœud de calcul</translation>
    </message>
    <message>
        <source>%1 has the trait %2 that the request forbids</source>
        <translation>%1 a le trait %2 que la requête interdit</translation>
    </message>
    <message>
        <source>%1 has no %2 inventory, nor has any of its nested providers%3</source>
        <translation>%1 n’a pas d’inventaire %2, ni aucun de ses fournisseurs imbriqués%3</translation>
    </message>
    <message>
        <source>%1 on %2: needs %3, %4 free (total %5, reserved %6, allocation ratio %7, used %8)%9</source>
        <translation>%1 sur %2 : besoin de %3, %4 libre(s) (total %5, réservé %6, ratio d’allocation %7, utilisé %8)%9</translation>
    </message>
    <message>
        <source>%1 on %2: one allocation of %3 is outside min_unit %4, max_unit %5, step_size %6%7</source>
        <translation>%1 sur %2 : une allocation de %3 est hors de min_unit %4, max_unit %5, step_size %6%7</translation>
    </message>
    <message>
        <source>required trait %1 is on none of the providers that would serve the request on %2%3</source>
        <translation>le trait requis %1 n’est sur aucun des fournisseurs qui serviraient la requête sur %2%3</translation>
    </message>
    <message>
        <source>forbidden trait %1 is on %2%3</source>
        <translation>le trait interdit %1 est sur %2%3</translation>
    </message>
    <message>
        <source>%1 already serves another request group and group_policy=isolate%2</source>
        <translation>%1 sert déjà un autre groupe de requête et group_policy=isolate%2</translation>
    </message>
    <message>
        <source>Counted with PCPU. Nova&apos;s scheduler also asks with VCPU ([workarounds] disable_fallback_pcpu_query=False, the default); hosts without PCPU inventory can pass Placement that way and are then judged by NUMATopologyFilter, which pins only on hosts with [compute] cpu_dedicated_set.</source>
        <translation>Compté avec PCPU. L’ordonnanceur de Nova demande aussi avec VCPU ([workarounds] disable_fallback_pcpu_query=False, la valeur par défaut) ; les hôtes sans inventaire PCPU peuvent passer Placement ainsi et sont alors jugés par NUMATopologyFilter, qui n’épingle que sur les hôtes ayant [compute] cpu_dedicated_set.</translation>
    </message>
    <message>
        <source>The flavor asks for PCI devices (pci_passthrough:alias), but no nova.conf with the controllers&apos; [pci] alias is known: the devices are not in the request, and the counts are an upper bound.</source>
        <translation>Le gabarit demande des périphériques PCI (pci_passthrough:alias), mais aucun nova.conf avec les alias [pci] des contrôleurs n’est connu : les périphériques ne sont pas dans la demande, et les nombres sont un maximum.</translation>
    </message>
    <message>
        <source>PCI aliases %1 are not asked of Placement ([filter_scheduler] pci_in_placement is off in %2, or the release is before 27): PciPassthroughFilter checks them on each host, so the counts are an upper bound.</source>
        <translation>Les alias PCI %1 ne sont pas demandés à Placement ([filter_scheduler] pci_in_placement est désactivé dans %2, ou la version est antérieure à 27) : PciPassthroughFilter les vérifie sur chaque hôte, les nombres sont donc un maximum.</translation>
    </message>
    <message>
        <source>PCI aliases asked of Placement (pci_in_placement in %1), one request group per device: %2.</source>
        <translation>Alias PCI demandés à Placement (pci_in_placement dans %1), un groupe de demande par périphérique : %2.</translation>
    </message>
    <message>
        <source>Availability zone %1 is not asked of Placement ([scheduler] query_placement_for_availability_zone is off): AvailabilityZoneFilter checks it on each host, so the counts are an upper bound.</source>
        <translation>La zone de disponibilité %1 n’est pas demandée à Placement ([scheduler] query_placement_for_availability_zone est désactivé) : AvailabilityZoneFilter la vérifie sur chaque hôte, les nombres sont donc un maximum.</translation>
    </message>
    <message>
        <source>No host aggregate has availability zone %1, so Nova adds no aggregate to the request: the counts are for every compute node.</source>
        <translation>Aucun agrégat d’hôtes n’a la zone de disponibilité %1, Nova n’ajoute donc aucun agrégat à la demande : les nombres valent pour chaque nœud de calcul.</translation>
    </message>
    <message>
        <source>Availability zone %1: Placement is asked for the compute nodes in its host aggregates (%2).</source>
        <translation>Zone de disponibilité %1 : Placement est interrogé sur les nœuds de calcul de ses agrégats d’hôtes (%2).</translation>
    </message>
    <message>
        <source>availability zone %1: %2</source>
        <translation>zone de disponibilité %1 : %2</translation>
    </message>
    <message>
        <source>%1 is in none of the host aggregates the request asks for (member_of, %2)</source>
        <translation>%1 n’est dans aucun des agrégats d’hôtes que la demande exige (member_of, %2)</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>l&apos;hôte</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>%1: Placement %2, host model %3 (%4, %5): %6 fit, limited by %7</source>
        <translation>%1 : Placement %2, modèle de l&apos;hôte %3 (%4, %5) : %6 tiennent, limité par %7</translation>
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
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 erreur(s), %2 avertissement(s), %3 note(s)</translation>
    </message>
    <message>
        <source>A later blocker: Nova reports it once the errors before it are fixed</source>
        <translation>Un blocage ultérieur : Nova le signale une fois les erreurs précédentes corrigées</translation>
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
        <translation>&amp;Afficher dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Apply the finding&apos;s fix to the flavor (undoable)</source>
        <translation>Appliquer le correctif du constat au gabarit (annulable)</translation>
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
    <message>
        <source>&amp;Copy Findings</source>
        <translation>Co&amp;pier les constats</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on Nova %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur Nova %2 : %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on Nova %2, host %3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur Nova %2, hôte %3 : %4</translation>
    </message>
    <message>
        <source>the error Nova reports</source>
        <translation>l&apos;erreur que Nova signale</translation>
    </message>
    <message>
        <source>a later blocker: Nova reports it once the errors before it are fixed</source>
        <translation>un blocage ultérieur : Nova le signale une fois les erreurs précédentes corrigées</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
</context>
<context>
    <name>FlavorCompareModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>La bibliothèque de gabarits n&apos;a pas encore de fichier.</translation>
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
        <translation>Définir la propriété d&apos;image %1</translation>
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
        <translation>Threads de l&apos;émulateur</translation>
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
    <message>
        <source>%1 (image)</source>
        <translation>%1 (image)</translation>
    </message>
    <message>
        <source>Nova %1 reads hw:cpu_max_sockets, hw:cpu_max_cores and hw:cpu_max_threads, but its registry refuses them (400 at microversion 2.86 and later) and lists hw:max_cpu_* instead, which nothing reads: no flavor key limits the CPU topology and passes validation. Set the image properties below on the image, or set hw:cpu_max_* at microversion 2.85 or earlier.</source>
        <translation>Nova %1 lit hw:cpu_max_sockets, hw:cpu_max_cores et hw:cpu_max_threads, mais son registre les refuse (400 à partir de la microversion 2.86) et connaît à la place hw:max_cpu_*, que rien ne lit : aucune clé de flavor ne limite la topologie CPU tout en passant la validation. Définissez les propriétés d&apos;image ci-dessous sur l&apos;image, ou définissez hw:cpu_max_* en microversion 2.85 ou antérieure.</translation>
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
    <message numerus="yes">
        <source>%1 (%n error(s))</source>
        <translation>
            <numerusform>%1 (%n erreur)</numerusform>
            <numerusform>%1 (%n erreurs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlavorsPage</name>
    <message>
        <source>Flavors</source>
        <translation>Flavors</translation>
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
    <message>
        <source>Nova %1 on %2: %3</source>
        <translation>Nova %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Nova %1: %2</source>
        <translation>Nova %1 : %2</translation>
    </message>
</context>
<context>
    <name>FleetCapacityModel</name>
    <message>
        <source>not a candidate</source>
        <translation>pas candidat</translation>
    </message>
    <message>
        <source>(more than counted)</source>
        <translation>(plus que compté)</translation>
    </message>
    <message>
        <source>Compute node</source>
        <translation>Nœud de calcul</translation>
    </message>
    <message>
        <source>Instances that fit</source>
        <translation>Instances qui tiennent</translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation>Limité par</translation>
    </message>
    <message>
        <source>On provider</source>
        <translation>Sur le fournisseur</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Host model</source>
        <translation>Modèle de l&apos;hôte</translation>
    </message>
    <message>
        <source>vDeck&apos;s host model of %1 (NUMA placement, hugepages per node, pinning, devices: what Placement does not know):
%2</source>
        <translation>Modèle de l&apos;hôte %1 selon vDeck (placement NUMA, hugepages par nœud, épinglage, périphériques : ce que Placement ignore) :
%2</translation>
    </message>
    <message>
        <source>%1, limits: %2</source>
        <translation>%1, limite : %2</translation>
    </message>
</context>
<context>
    <name>FleetPanel</name>
    <message>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <source>Read Providers</source>
        <translation>Lire les fournisseurs</translation>
    </message>
    <message>
        <source>Why Not?</source>
        <translation>Pourquoi pas ?</translation>
    </message>
    <message>
        <source>Ask Placement for the flavor&apos;s allocation candidates and count the instances that fit on each compute node</source>
        <translation>Demander à Placement les candidats d’allocation du gabarit et compter les instances qui tiennent sur chaque nœud de calcul</translation>
    </message>
    <message>
        <source>Read every resource provider with its inventories, usage, traits and aggregates</source>
        <translation>Lire chaque fournisseur de ressources avec ses inventaires, son usage, ses traits et ses agrégats</translation>
    </message>
    <message>
        <source>Every reason the selected compute node (or, with none selected, each node) is not a candidate for the flavor</source>
        <translation>Chaque raison pour laquelle le nœud de calcul choisi (sans choix : chaque nœud) n’est pas candidat pour le gabarit</translation>
    </message>
    <message>
        <source>Instances that fit per compute node</source>
        <translation>Instances qui tiennent par nœud de calcul</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>Cloud :</translation>
    </message>
    <message>
        <source>Flavor:</source>
        <translation>Gabarit :</translation>
    </message>
    <message>
        <source>(connect a cloud on the Clouds page)</source>
        <translation>(connecter un cloud sur la page Clouds)</translation>
    </message>
    <message>
        <source>%1 (deployed)</source>
        <translation>%1 (déployé)</translation>
    </message>
    <message>
        <source>%1 (library)</source>
        <translation>%1 (bibliothèque)</translation>
    </message>
    <message>
        <source>Asking Placement of cloud %1 for the candidates of %2…</source>
        <translation>Demande à Placement du cloud %1 les candidats pour %2…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be counted: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; n’a pas pu être compté : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 instances fit on %3 of %4 compute nodes (Placement answers %5 candidates)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 instances tiennent sur %3 des %4 nœuds de calcul (Placement répond %5 candidats)</translation>
    </message>
    <message>
        <source>Nova of this cloud refuses to boot it: %1</source>
        <translation>Nova de ce cloud refuse de le démarrer : %1</translation>
    </message>
    <message>
        <source>Instances of %1 that fit</source>
        <translation>Instances de %1 qui tiennent</translation>
    </message>
    <message>
        <source>Reading the resource providers first…</source>
        <translation>Lecture préalable des fournisseurs de ressources…</translation>
    </message>
    <message>
        <source>The resource providers are not read.</source>
        <translation>Les fournisseurs de ressources ne sont pas lus.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; on cloud %2:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; sur le cloud %2 :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: a candidate&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; : candidat&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: not a candidate&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; : pas candidat&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 compute nodes are candidates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 des %2 nœuds de calcul sont candidats.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why Not? lists every reason the selected compute node is not a candidate for the flavor (with none selected, each node&apos;s reasons).</source>
        <translation>« Pourquoi pas ? » donne chaque raison pour laquelle le nœud de calcul choisi n’est pas candidat pour le gabarit (sans choix : les raisons de chaque nœud).</translation>
    </message>
    <message>
        <source>Nova cannot schedule %1 on any compute node: %2</source>
        <translation>Nova ne peut placer %1 sur aucun nœud de calcul : %2</translation>
    </message>
    <message>
        <source>the PCI page&apos;s nova.conf (edited)</source>
        <translation>le nova.conf de la page PCI (modifié)</translation>
    </message>
    <message>
        <source>the nova.conf of %1</source>
        <translation>le nova.conf de %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>The availability zone the boot names: Placement is asked only for the compute nodes of the zone&apos;s host aggregates, as Nova&apos;s scheduler asks</source>
        <translation>La zone de disponibilité du démarrage : Placement n’est interrogé que sur les nœuds de calcul des agrégats d’hôtes de la zone, comme le fait l’ordonnanceur de Nova</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone :</translation>
    </message>
    <message>
        <source>Count %1 in zone %2 first: the count reads the zone&apos;s host aggregates.</source>
        <translation>Comptez d’abord %1 dans la zone %2 : le comptage lit les agrégats d’hôtes de la zone.</translation>
    </message>
    <message>
        <source>With vDeck&apos;s host model of %1 (open on the Hosts page; NUMA placement, hugepages per node, pinning, devices: what Placement does not know): %2 instances fit; the host limits on %3 of those nodes (column Host model).</source>
        <translation>Avec le modèle de l&apos;hôte de vDeck pour %1 (ouvert dans la page Hôtes ; placement NUMA, hugepages par nœud, épinglage, périphériques : ce que Placement ignore) : %2 instances tiennent ; l&apos;hôte limite sur %3 de ces nœuds (colonne Modèle de l&apos;hôte).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>vDeck User Guide</source>
        <translation>Guide de l’utilisateur de vDeck</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
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
    <message>
        <source>Host facts (ssh probe of %1, %2)</source>
        <translation>Faits de l’hôte (sonde ssh de %1, %2)</translation>
    </message>
    <message>
        <source>IOMMU groups</source>
        <translation>Groupes IOMMU</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>login session: %1</source>
        <translation>session de connexion : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1=%2 (%3)</source>
        <translation>%1=%2 (%3)</translation>
    </message>
    <message>
        <source>Memlock limits</source>
        <translation>Limites memlock</translation>
    </message>
    <message>
        <source>%1 (%2, %3 available)</source>
        <translation>%1 (%2, %3 disponibles)</translation>
    </message>
    <message>
        <source>NVIDIA vGPU VFs</source>
        <translation>VF vGPU NVIDIA</translation>
    </message>
    <message>
        <source>nova.conf</source>
        <translation>nova.conf</translation>
    </message>
    <message>
        <source>output cap reached</source>
        <translation>limite de sortie atteinte</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>%1 (no NUMA nodes): %2 free of %3</source>
        <translation>%1 (pas de nœuds NUMA) : %2 libres sur %3</translation>
    </message>
    <message>
        <source>%1 (sockets: %2, cores per socket: %3, threads per core: %4)</source>
        <translation>%1 (sockets : %2, cœurs par socket : %3, threads par cœur : %4)</translation>
    </message>
    <message>
        <source>libvirt&apos;s capabilities list no NUMA cells (a test-driver host): these are the ones virNodeGetInfo reports, the CPUs and memory shared evenly.</source>
        <translation>Les capacités de libvirt ne listent aucune cellule NUMA (un hôte du pilote de test) : voici celles que signale virNodeGetInfo, CPU et mémoire répartis à parts égales.</translation>
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
            <numerusform>déconnecté : %1 (nouvel essai dans %n s)</numerusform>
            <numerusform>déconnecté : %1 (nouvel essai dans %n s)</numerusform>
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
    <name>HostSelector</name>
    <message>
        <source>No host open</source>
        <translation>Aucun hôte ouvert</translation>
    </message>
    <message>
        <source>the XML preview, the host findings and the capacity of the current flavor are computed for it</source>
        <translation>l’aperçu XML, les constats de l’hôte et la capacité du flavor courant sont calculés pour lui</translation>
    </message>
    <message>
        <source>Target host: %1</source>
        <translation>Hôte cible : %1</translation>
    </message>
    <message>
        <source>Target host %1: %2</source>
        <translation>Hôte cible %1 : %2</translation>
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
    <message>
        <source>Open De&amp;mo Host</source>
        <translation>Ouvrir l’hôte de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Edit Host…</source>
        <translation>&amp;Modifier l’hôte…</translation>
    </message>
    <message>
        <source>Re&amp;move Host…</source>
        <translation>Retirer l’&amp;hôte…</translation>
    </message>
    <message>
        <source>Capture Snapshot</source>
        <translation>Capturer un instantané</translation>
    </message>
    <message>
        <source>%1 is not connected. Save its devices as last read, at %2?</source>
        <translation>%1 n’est pas connecté. Enregistrer ses périphériques tels que lus en dernier, le %2 ?</translation>
    </message>
    <message>
        <source>Remove the saved host %1? It is closed and no longer listed at start.</source>
        <translation>Retirer l’hôte enregistré %1 ? Il est fermé et n’est plus listé au démarrage.</translation>
    </message>
    <message>
        <source>Remove %1 from the list?</source>
        <translation>Retirer %1 de la liste ?</translation>
    </message>
    <message>
        <source>Remove Host</source>
        <translation>Retirer l’hôte</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 retiré.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo host</source>
        <translation>Hôte de démonstration</translation>
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
        <translation>Requêtes JSON de l&apos;API Nova…</translation>
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
        <translation>&amp;Importer des gabarits (openstack / JSON de l&apos;API Nova)…</translation>
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
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 flavor(s) have errors Nova would refuse: %2. Export anyway?</source>
        <translation>%1 flavor(s) ont des erreurs que Nova refuserait : %2. Exporter quand même ?</translation>
    </message>
    <message>
        <source>The new flavor library</source>
        <translation>La nouvelle bibliothèque de flavors</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>%1 has no flavor &apos;%2&apos; (it has: %3)</source>
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
        <source>Open a host first: the compute profile belongs to a host.</source>
        <translation>Ouvrez d&apos;abord un hôte : le profil de calcul appartient à un hôte.</translation>
    </message>
    <message>
        <source>Target host:</source>
        <translation>Hôte cible :</translation>
    </message>
    <message>
        <source>vDeck &amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur de vDeck</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1 (mdev type %2)</source>
        <translation>%1 (type mdev %2)</translation>
    </message>
    <message>
        <source>Add %1 to the flavor %2?</source>
        <translation>Ajouter %1 au flavor %2 ?</translation>
    </message>
    <message>
        <source>Add %1 to a new flavor?</source>
        <translation>Ajouter %1 à un nouveau flavor ?</translation>
    </message>
    <message>
        <source>Use in Flavor</source>
        <translation>Utiliser dans un flavor</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>a new flavor library</source>
        <translation>une nouvelle bibliothèque de flavors</translation>
    </message>
    <message>
        <source>Recover Unsaved Flavors</source>
        <translation>Récupérer les flavors non enregistrés</translation>
    </message>
    <message>
        <source>vDeck ended without saving the changes to %1. Recover the changes it kept at %2?</source>
        <translation>vDeck s’est arrêté sans enregistrer les modifications de %1. Récupérer les modifications conservées le %2 ?</translation>
    </message>
    <message>
        <source>The recovered flavors could not be kept in %1; save them now.</source>
        <translation>Les flavors récupérés n’ont pas pu être conservés dans %1 ; enregistrez-les maintenant.</translation>
    </message>
    <message>
        <source>Reconnect Hosts at &amp;Start</source>
        <translation>Reconnecter les hôtes au &amp;démarrage</translation>
    </message>
    <message>
        <source>Connect the saved hosts again when vDeck starts</source>
        <translation>Reconnecter les hôtes enregistrés au démarrage de vDeck</translation>
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
    <name>PciComposer</name>
    <message>
        <source>Every VF of its PF</source>
        <translation>Toutes les VF de sa PF</translation>
    </message>
    <message>
        <source>Add to nova.conf</source>
        <translation>Ajouter à nova.conf</translation>
    </message>
    <message>
        <source>no alias</source>
        <translation>aucun alias</translation>
    </message>
    <message>
        <source>none (a Neutron SR-IOV port needs one)</source>
        <translation>aucun (un port SR-IOV Neutron en a besoin)</translation>
    </message>
    <message>
        <source>none (PCI in Placement: CUSTOM_...)</source>
        <translation>aucune (PCI dans Placement : CUSTOM_...)</translation>
    </message>
    <message>
        <source>none (comma separated)</source>
        <translation>aucun (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Périphérique :</translation>
    </message>
    <message>
        <source>Alias name:</source>
        <translation>Nom de l&apos;alias :</translation>
    </message>
    <message>
        <source>NUMA policy:</source>
        <translation>Politique NUMA :</translation>
    </message>
    <message>
        <source>physical_network:</source>
        <translation>physical_network :</translation>
    </message>
    <message>
        <source>resource_class:</source>
        <translation>resource_class :</translation>
    </message>
    <message>
        <source>traits:</source>
        <translation>traits :</translation>
    </message>
    <message>
        <source>nova.conf entries ([pci], [devices], [mdev_*], [filter_scheduler]):</source>
        <translation>Entrées de nova.conf ([pci], [devices], [mdev_*], [filter_scheduler]) :</translation>
    </message>
    <message>
        <source>Compute nodes:</source>
        <translation>Nœuds de calcul :</translation>
    </message>
    <message>
        <source>API and scheduler nodes:</source>
        <translation>Nœuds API et ordonnanceur :</translation>
    </message>
    <message>
        <source>pick a device on the first tab</source>
        <translation>choisissez un périphérique dans le premier onglet</translation>
    </message>
    <message>
        <source>nova.conf</source>
        <translation>nova.conf</translation>
    </message>
</context>
<context>
    <name>PciPage</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Vendor:product</source>
        <translation>Fabricant:produit</translation>
    </message>
    <message>
        <source>dev_type</source>
        <translation>dev_type</translation>
    </message>
    <message>
        <source>device_spec</source>
        <translation>device_spec</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Resource class</source>
        <translation>Classe de ressource</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Traits</translation>
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
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Devices and specs</source>
        <translation>Périphériques et specs</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>PCI passthrough</source>
        <translation>PCI passthrough</translation>
    </message>
    <message>
        <source>No host open</source>
        <translation>Aucun hôte ouvert</translation>
    </message>
    <message>
        <source>%1, Nova release of the tool bar: nova.conf %2</source>
        <translation>%1, version de Nova de la barre d&apos;outils : nova.conf %2</translation>
    </message>
    <message>
        <source>as probed, edited in Compose</source>
        <translation>tel que sondé, modifié dans « Composer »</translation>
    </message>
    <message>
        <source>not probed; write it in Compose</source>
        <translation>non sondé ; à rédiger dans « Composer »</translation>
    </message>
    <message>
        <source>not claimed</source>
        <translation>non revendiqué</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>as edited in Compose</source>
        <translation>tel que modifié dans « Composer »</translation>
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
    <name>ProviderTreeModel</name>
    <message>
        <source>Provider / resource class</source>
        <translation>Fournisseur / classe de ressource</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Used / capacity</source>
        <translation>Utilisé / capacité</translation>
    </message>
    <message>
        <source>Traits and aggregates</source>
        <translation>Traits et agrégats</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>aggregates: %1</source>
        <translation>agrégats : %1</translation>
    </message>
    <message>
        <source>total %1, reserved %2, allocation ratio %3, min_unit %4, max_unit %5, step_size %6</source>
        <translation>total %1, réservé %2, ratio d’allocation %3, min_unit %4, max_unit %5, step_size %6</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>non tenté</translation>
    </message>
    <message>
        <source>Nova cannot change the vCPUs, RAM, disks or public flag of a flavor. Tick a flavor to delete it and create it again (running instances keep their own copy):</source>
        <translation>Nova ne peut pas changer les vCPU, la RAM, les disques ou l’indicateur public d’un gabarit. Cochez un gabarit pour le supprimer et le recréer (les instances en cours gardent leur propre copie) :</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Pousser</translation>
    </message>
    <message>
        <source>Push Library to Cloud %1</source>
        <translation>Pousser la bibliothèque vers le cloud %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>Library %1 to cloud %2 (%3): %n call(s). Extra specs are written at compute API %4, where Nova checks them.</source>
        <translation>
            <numerusform>Bibliothèque %1 vers le cloud %2 (%3) : %n appel. Les extra specs sont écrites avec l’API compute %4, où Nova les vérifie.</numerusform>
            <numerusform>Bibliothèque %1 vers le cloud %2 (%3) : %n appels. Les extra specs sont écrites avec l’API compute %4, où Nova les vérifie.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(non enregistrée)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloqué : %1</translation>
    </message>
    <message>
        <source>Kept (only in the cloud, never deleted from here): %1</source>
        <translation>Conservés (seulement dans le cloud, jamais supprimés d’ici) : %1</translation>
    </message>
    <message>
        <source>Nothing to push: the cloud holds the library&apos;s flavors.</source>
        <translation>Rien à pousser : le cloud contient les gabarits de la bibliothèque.</translation>
    </message>
    <message>
        <source>Cloud %1 is not connected: connect it and plan again.</source>
        <translation>Le cloud %1 n’est pas connecté : connectez-le et planifiez à nouveau.</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The push did not start: %1</source>
        <translation>L’envoi n’a pas commencé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Push complete: %n call(s) succeeded.</source>
        <translation>
            <numerusform>Envoi terminé : %n appel réussi.</numerusform>
            <numerusform>Envoi terminé : %n appels réussis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push incomplete: %1 succeeded, %2 failed, %3 not attempted. Plan Again plans from what the cloud holds now and finishes it.</source>
        <translation>Envoi incomplet : %1 réussi(s), %2 échoué(s), %3 non tenté(s). « Replanifier » part de ce que le cloud contient maintenant et le termine.</translation>
    </message>
    <message>
        <source>Plan &amp;Again</source>
        <translation>&amp;Replanifier</translation>
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
    <name>ReportExport</name>
    <message>
        <source>Export &amp;Report (HTML, JSON)…</source>
        <translation>Exporter un &amp;rapport (HTML, JSON)…</translation>
    </message>
    <message>
        <source>Findings of every flavor for the selected Nova release and the capacity of every open host</source>
        <translation>Constats de chaque flavor pour la version de Nova choisie et capacité de chaque hôte ouvert</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>HTML report (*.html);;JSON report (*.json)</source>
        <translation>Rapport HTML (*.html);;Rapport JSON (*.json)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>Rapport non écrit : %1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Flavor</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM (MB)</source>
        <translation>RAM (Mo)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Infos</translation>
    </message>
    <message>
        <source>No findings: Nova accepts this flavor.</source>
        <translation>Aucun constat : Nova accepte ce flavor.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nova exception</source>
        <translation>Exception Nova</translation>
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
        <translation>Correction</translation>
    </message>
    <message>
        <source>%1, captured %2</source>
        <translation>%1, capturé le %2</translation>
    </message>
    <message>
        <source>Hugepages</source>
        <translation>Pages énormes</translation>
    </message>
    <message>
        <source>No hugepages reserved.</source>
        <translation>Aucune page énorme réservée.</translation>
    </message>
    <message>
        <source>NUMA node</source>
        <translation>Nœud NUMA</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>SR-IOV virtual functions</source>
        <translation>Fonctions virtuelles SR-IOV</translation>
    </message>
    <message>
        <source>No SR-IOV physical functions.</source>
        <translation>Aucune fonction physique SR-IOV.</translation>
    </message>
    <message>
        <source>Physical function</source>
        <translation>Fonction physique</translation>
    </message>
    <message>
        <source>VFs in use</source>
        <translation>VF utilisées</translation>
    </message>
    <message>
        <source>VFs present</source>
        <translation>VF présentes</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Mediated device types</source>
        <translation>Types de périphériques médiés (mdev)</translation>
    </message>
    <message>
        <source>No mdev-capable devices.</source>
        <translation>Aucun périphérique compatible mdev.</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>vDeck report</source>
        <translation>Rapport vDeck</translation>
    </message>
    <message>
        <source>Nova release %1 · generated %2 by vDeck %3</source>
        <translation>Version de Nova %1 · généré le %2 par vDeck %3</translation>
    </message>
    <message>
        <source>Flavors from %1</source>
        <translation>Flavors issus de %1</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>No host was open.</source>
        <translation>Aucun hôte n&apos;était ouvert.</translation>
    </message>
    <message>
        <source>%1 (later blocker)</source>
        <translation>%1 (blocage ultérieur)</translation>
    </message>
    <message>
        <source>cannot run there</source>
        <translation>ne peut pas s&apos;y exécuter</translation>
    </message>
    <message>
        <source>at least %1 instance(s) fit now</source>
        <translation>au moins %1 instance(s) tiennent maintenant</translation>
    </message>
    <message>
        <source>%1 instance(s) fit now</source>
        <translation>%1 instance(s) tiennent maintenant</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>Sur %1 : %2</translation>
    </message>
    <message>
        <source>Nothing beyond the flavor&apos;s own findings.</source>
        <translation>Rien au-delà des constats propres au flavor.</translation>
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
        <translation>impossible d&apos;écrire %1</translation>
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
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
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
        <translation>Valider sur l&apos;hôte</translation>
    </message>
    <message>
        <source>Define the document on the host under a scratch name and undefine it at once</source>
        <translation>Définir le document sur l&apos;hôte sous un nom temporaire puis le supprimer aussitôt</translation>
    </message>
    <message>
        <source>Validating on the host…</source>
        <translation>Validation sur l&apos;hôte…</translation>
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
        <translation>Ouvrez un hôte (ou l&apos;hôte de démonstration) pour voir le XML de domaine de cette flavor sur cet hôte.</translation>
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
        <translation>La dernière modification n&apos;a pas changé le document.</translation>
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
    <message>
        <source>Compute Profile…</source>
        <translation>Profil de calcul…</translation>
    </message>
    <message>
        <source>The host&apos;s nova.conf values that shape this document (cpu_dedicated_set, machine type, PCI aliases, ...)</source>
        <translation>Les valeurs nova.conf de l&apos;hôte qui façonnent ce document (cpu_dedicated_set, type de machine, alias PCI, ...)</translation>
    </message>
    <message>
        <source>Needs a live connection to the target host: a snapshot or a host that is not connected cannot define domains</source>
        <translation>Nécessite une connexion active à l’hôte cible : un instantané ou un hôte non connecté ne peut pas définir de domaines</translation>
    </message>
    <message numerus="yes">
        <source>%1; but %n error(s) on this host: %2 (see Findings)</source>
        <translation>
            <numerusform>%1 ; mais %n erreur sur cet hôte : %2 (voir Constats)</numerusform>
            <numerusform>%1 ; mais %n erreurs sur cet hôte : %2 (voir Constats)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cloud::CloudManager</name>
    <message>
        <source>Connecting to cloud %1</source>
        <translation>Connexion au cloud %1</translation>
    </message>
    <message>
        <source>Reading the flavors of cloud %1: %2</source>
        <translation>Lecture des gabarits du cloud %1 : %2</translation>
    </message>
    <message>
        <source>Pushing to cloud %1</source>
        <translation>Envoi vers le cloud %1</translation>
    </message>
    <message>
        <source>Pushing to cloud %1: %2</source>
        <translation>Envoi vers le cloud %1 : %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Reading the password of cloud %1 from the desktop keyring</source>
        <translation>Lecture du mot de passe du cloud %1 dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>The desktop keyring could not be read (%1). The password of cloud %2 is asked instead.</source>
        <translation>Le trousseau du bureau n’a pas pu être lu (%1). Le mot de passe du cloud %2 est demandé à la place.</translation>
    </message>
    <message>
        <source>The password of cloud %1 could not be remembered: %2</source>
        <translation>Le mot de passe du cloud %1 n’a pas pu être mémorisé : %2</translation>
    </message>
    <message>
        <source>The password of cloud %1 is remembered in the desktop keyring.</source>
        <translation>Le mot de passe du cloud %1 est mémorisé dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>The desktop keyring could not remember the password of cloud %1 (%2). It is kept for this session only.</source>
        <translation>Le trousseau du bureau n’a pas pu mémoriser le mot de passe du cloud %1 (%2). Il n’est gardé que pour cette session.</translation>
    </message>
    <message>
        <source>The password of cloud %1 could not be forgotten: %2</source>
        <translation>Le mot de passe du cloud %1 n’a pas pu être oublié : %2</translation>
    </message>
    <message>
        <source>The desktop keyring no longer remembers the password of cloud %1.</source>
        <translation>Le trousseau du bureau ne mémorise plus le mot de passe du cloud %1.</translation>
    </message>
    <message>
        <source>The desktop keyring remembers no password of cloud %1.</source>
        <translation>Le trousseau du bureau ne mémorise aucun mot de passe du cloud %1.</translation>
    </message>
    <message>
        <source>The desktop keyring could not forget the password of cloud %1 (%2).</source>
        <translation>Le trousseau du bureau n’a pas pu oublier le mot de passe du cloud %1 (%2).</translation>
    </message>
    <message>
        <source>The password came from the desktop keyring: forget it (Forget Password) and connect again to type the new one.</source>
        <translation>Le mot de passe venait du trousseau du bureau : oubliez-le (Oublier le mot de passe) et reconnectez-vous pour saisir le nouveau.</translation>
    </message>
</context>
<context>
    <name>cloud::FleetManager</name>
    <message>
        <source>Reading the resource providers of cloud %1</source>
        <translation>Lecture des fournisseurs de ressources du cloud %1</translation>
    </message>
    <message>
        <source>Reading the resource providers of cloud %1: %2 of %3</source>
        <translation>Lecture des fournisseurs de ressources du cloud %1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Counting %1 across cloud %2</source>
        <translation>Comptage de %1 sur le cloud %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Nova cannot schedule it: %1</source>
        <translation>Nova ne peut pas le placer : %1</translation>
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
    <message>
        <source>%1 has no captured state to add host facts to yet</source>
        <translation>%1 n’a pas encore d’état capturé auquel ajouter des faits d’hôte</translation>
    </message>
    <message>
        <source>Probing %1 over ssh…</source>
        <translation>Sonde de %1 par ssh…</translation>
    </message>
    <message>
        <source>%1: the ssh probe failed; the snapshot is saved without host facts: %2</source>
        <translation>%1 : la sonde ssh a échoué ; l’instantané est enregistré sans faits d’hôte : %2</translation>
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
        <source>User interface language: de, fr or en.</source>
        <translation>Langue de l&apos;interface : de, fr ou en.</translation>
    </message>
    <message>
        <source>Auditor mode: read-only connections, no write actions.</source>
        <translation>Mode auditeur : connexions en lecture seule, aucune action d&apos;écriture.</translation>
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
        <source>--flavor needs --flavor-file</source>
        <translation>--flavor nécessite --flavor-file</translation>
    </message>
    <message>
        <source>Open the host snapshot F (.vdeckhost) instead of the demo host.</source>
        <translation>Ouvrir l’instantané d’hôte F (.vdeckhost) au lieu de l’hôte de démonstration.</translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark (the saved setting otherwise).</source>
        <translation>Thème de couleurs pour cette exécution : system, light ou dark (sinon le réglage enregistré).</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (use system, light or dark)</source>
        <translation>thème inconnu &apos;%1&apos; (utilisez system, light ou dark)</translation>
    </message>
    <message>
        <source>Show page ID: hosts, devices, flavors, xml, findings, operations, capacity, pci, clouds.</source>
        <translation>Afficher la page ID : hosts, devices, flavors, xml, findings, operations, capacity, pci, clouds.</translation>
    </message>
    <message>
        <source>Show the clouds page and connect to cloud NAME of clouds.yaml (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/).</source>
        <translation>Afficher la page des clouds et se connecter au cloud NAME de clouds.yaml (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/).</translation>
    </message>
    <message>
        <source>Select flavor NAME of the library (with --cloud also on the clouds page, beside the cloud&apos;s).</source>
        <translation>Sélectionner le flavor NAME de la bibliothèque (avec --cloud aussi sur la page Clouds, à côté de celui du cloud).</translation>
    </message>
    <message>
        <source>With --cloud: open the push dialog (the plan for the open library) once the cloud is read.</source>
        <translation>Avec --cloud : ouvrir la fenêtre de publication (le plan pour la bibliothèque ouverte) une fois le cloud lu.</translation>
    </message>
    <message>
        <source>--push needs --cloud</source>
        <translation>--push nécessite --cloud</translation>
    </message>
    <message>
        <source>With --cloud: show the Capacity page&apos;s fleet and count flavor NAME (deployed, else of the library) across the cloud&apos;s compute nodes.</source>
        <translation>Avec --cloud : afficher le parc de la page Capacité et compter le gabarit NAME (déployé, sinon de la bibliothèque) sur les nœuds de calcul du cloud.</translation>
    </message>
    <message>
        <source>--fleet-flavor needs --cloud</source>
        <translation>--fleet-flavor exige --cloud</translation>
    </message>
</context>
</TS>
