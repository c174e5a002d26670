### doc: assign-atp-licenses
### locale: sv-SE
### ms.openlocfilehash: 0b6dea84c1342ef17f23180d3b917b052158cf46

# heading 1 #assign-microsoft-defender-for-office-365-licenses
seg-102 = Tilldela licenser för Microsoft Defender för Office 365

# text #assign-microsoft-defender-for-office-365-licenses
seg-103 = Microsoft Defender för Office 365 kan tilldelas användare i administrationscentret för Microsoft 365.

# step 1 #assign-microsoft-defender-for-office-365-licenses
seg-104 = Gå till **Faktureringslicenser.**  >  [](https://go.microsoft.com/fwlink/p/?linkid=842264)

# step 2 #assign-microsoft-defender-for-office-365-licenses
seg-105 = Välj en produkt som du vill tilldela licenser för.

# step 3 #assign-microsoft-defender-for-office-365-licenses
seg-106 = Klicka på **Tilldela licenser**.

# step 4 #assign-microsoft-defender-for-office-365-licenses
seg-107 = I fönstret **Tilldela licenser till**  användare börjar du skriva en användares namn och väljer det sedan i resultatet.

# step 4 #assign-microsoft-defender-for-office-365-licenses
seg-108 = Du kan lägga till upp till 20 användare åt gången.

# step 5 #assign-microsoft-defender-for-office-365-licenses
seg-109 = Klicka **på Aktivera eller inaktivera appar och tjänster för**  att tilldela eller ta bort.

# step 6 #assign-microsoft-defender-for-office-365-licenses
seg-110 = Klicka **på Tilldela** och **stäng.**

# text #assign-microsoft-defender-for-office-365-licenses
seg-111 = Information om hur du köper fler eller tar bort licenser finns i [Köp eller ta bort licenser](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription).

# front matter
title = Tilldela licenser för Microsoft Defender för Office 365
