### doc: assign-atp-licenses
### locale: nb-NO
### ms.openlocfilehash: 0b6dea84c1342ef17f23180d3b917b052158cf46

# heading 1 #assign-microsoft-defender-for-office-365-licenses
seg-102 = Tilordne Microsoft Defender for Office 365-lisenser

# text #assign-microsoft-defender-for-office-365-licenses
seg-103 = Microsoft Defender for Office 365 kan tilordnes til brukere i administrasjonssenteret for Microsoft 365.

# step 1 #assign-microsoft-defender-for-office-365-licenses
seg-104 = Gå til   >  [Faktureringslisenser.](https://go.microsoft.com/fwlink/p/?linkid=842264)

# step 2 #assign-microsoft-defender-for-office-365-licenses
seg-105 = Velg et produkt som du vil tilordne lisenser for.

# step 3 #assign-microsoft-defender-for-office-365-licenses
seg-106 = Klikk på **Tilordne lisenser**.

# step 4 #assign-microsoft-defender-for-office-365-licenses
seg-107 = Begynn **å skrive inn navnet på**  en bruker i ruten Tilordne lisenser til brukere, og velg det deretter fra resultatene.

# step 4 #assign-microsoft-defender-for-office-365-licenses
seg-108 = Du kan legge til opptil 20 brukere om gangen.

# step 5 #assign-microsoft-defender-for-office-365-licenses
seg-109 = Klikk **Slå apper og tjenester på eller av for**  å tilordne eller fjerne.

# step 6 #assign-microsoft-defender-for-office-365-licenses
seg-110 = Klikk **Tilordne** og **Lukk.**

# text #assign-microsoft-defender-for-office-365-licenses
seg-111 = Se [Kjøp eller fjern lisenser](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription) for å kjøpe flere lisenser eller fjerne dem.

# front matter
title = Tilordne Microsoft Defender for Office 365-lisenser
