### doc: change-app-license-quantity
### locale: nb-NO
### ms.openlocfilehash: 3e892e4754b959851fe82e15ee2f4c1eb355fd32

# heading 1 #change-app-license-quantity
seg-102 = Endre antall applisenser

# text #change-app-license-quantity
seg-103 = Du kan vise eller endre antall lisenser du har, og tilordne dem til brukere i Microsoft 365 administrasjonssenteret.

# heading 2 #to-change-license-quantity
seg-104 = Slik endrer du lisensantallet

# text #to-change-license-quantity
seg-105 = **SE en video** som viser hvordan du gjør dette: [Kjøpe nye lisenser](https://go.microsoft.com/fwlink/p/?linkid=2154857) eller [Fjerne eksisterende lisenser](https://go.microsoft.com/fwlink/p/?linkid=2154938)

# step 1 #to-change-license-quantity
seg-106 = Gå til **Fakturering**  >  **[av produkter-siden.](https://go.microsoft.com/fwlink/p/?linkid=842054)**

# step 2 #to-change-license-quantity
seg-107 = Finn **appen** du vil administrere, i **Apper-delen** på Produkter-fanen.

# step 2 #to-change-license-quantity
seg-108 = Velg de tre prikkene (flere handlinger), og velg **deretter Kjøp lisenser**.

# step 3 #to-change-license-quantity
seg-109 = Hvis du vil redusere antall lisenser, velger  du Fjern lisenser øverst i Kjøp **lisenser-ruten.**

# step 4 #to-change-license-quantity
seg-110 = Hvis du vil kjøpe eller fjerne  lisenser, **angir** du det totale antallet lisenser du vil bruke for dette abonnementet, under Nytt antall i Totalt antall lisenser-boksen.

# step 4 #to-change-license-quantity
seg-111 = Hvis du for eksempel har 100 lisenser og du vil legge til fem til, skriver du inn 105.

# step 4 #to-change-license-quantity
seg-112 = Hvis du vil fjerne fem av dem, skriver du inn 95.

# step 5 #to-change-license-quantity
seg-113 = Velg **Lagre**.

# heading 2 #to-assign-app-licenses
seg-114 = Slik tilordner du applisenser

# step 1 #to-assign-app-licenses
seg-115 = Gå til **Fakturering**  >  **[av produkter-siden.](https://go.microsoft.com/fwlink/p/?linkid=842054)**

# step 2 #to-assign-app-licenses
seg-116 = Finn **appen** du vil administrere, i **Apper-delen** på Produkter-fanen.

# step 3 #to-assign-app-licenses
seg-117 = Under **Innstillinger & velger** du koblingen til Behandle i **utgiverens portal**.

# front matter
title = Endre antall applisenser
