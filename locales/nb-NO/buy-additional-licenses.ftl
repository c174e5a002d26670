### doc: buy-additional-licenses
### locale: nb-NO
### ms.openlocfilehash: 2df9278e13ca497c7ab71bb458c672031313759f

# heading 1 #buy-additional-licenses
seg-102 = Kjøpe flere lisenser

# text #buy-additional-licenses
seg-103 = **SE en video** som viser hvordan du gjør dette: [Kjøpe lisenser](https://go.microsoft.com/fwlink/p/?linkid=2154857)

# step 1 #buy-additional-licenses
seg-104 = Gå til Fakturering produkter-siden i   >  [](https://go.microsoft.com/fwlink/p/?linkid=842054) administrasjonssenteret.

# step 2 #buy-additional-licenses
seg-105 = Finn **abonnementet** du vil kjøpe lisenser for, på Produkter-fanen.

# step 2 #buy-additional-licenses
seg-106 = Velg de tre prikkene (flere handlinger), og velg **deretter Kjøp lisenser**.

# step 3 #buy-additional-licenses
seg-107 = Angi **det** totale  antallet lisenser du vil bruke for dette abonnementet, under Nytt antall i totalt antall lisenser-boksen.

# step 3 #buy-additional-licenses
seg-108 = Hvis du for eksempel har 100 lisenser og vil legge til 25 flere, skriver du inn 125.

# step 4 #buy-additional-licenses
seg-109 = Velg **Lagre**.

# text #buy-additional-licenses
seg-110 = Hvis du vil ha mer informasjon, [kan du se Kjøpe eller fjerne lisenser](/microsoft-365/commerce/licenses/buy-licenses).

# text #buy-additional-licenses
seg-111 = **Flere ressurser**

# text #buy-additional-licenses
seg-112 = Tilordne lisenser til brukere i Microsoft 365 for bedrifter

# front matter
title = Kjøpe flere lisenser
