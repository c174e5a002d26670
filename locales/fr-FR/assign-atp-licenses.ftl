### doc: assign-atp-licenses
### locale: fr-FR
### ms.openlocfilehash: 0b6dea84c1342ef17f23180d3b917b052158cf46

# heading 1 #assign-microsoft-defender-for-office-365-licenses
seg-102 = Attribuer des licences Microsoft Defender pour Office 365

# text #assign-microsoft-defender-for-office-365-licenses
seg-103 = Microsoft Defender pour Office 365 peut être affecté à des utilisateurs dans le Centre d’administration Microsoft 365.

# step 1 #assign-microsoft-defender-for-office-365-licenses
seg-104 = Go to **Billing**  >  [Licenses](https://go.microsoft.com/fwlink/p/?linkid=842264).

# step 2 #assign-microsoft-defender-for-office-365-licenses
seg-105 = Sélectionnez le produit pour lequel vous voulez attribuer des licences.

# step 3 #assign-microsoft-defender-for-office-365-licenses
seg-106 = Cliquez sur **Attribuer des licences**.

# step 4 #assign-microsoft-defender-for-office-365-licenses
seg-107 = Dans le **volet Attribuer des licences aux utilisateurs,**  commencez à taper le nom d’un utilisateur, puis choisissez-le dans les résultats.

# step 4 #assign-microsoft-defender-for-office-365-licenses
seg-108 = Vous pouvez ajouter jusqu'à 20 utilisateurs à la fois.

# step 5 #assign-microsoft-defender-for-office-365-licenses
seg-109 = Cliquez **sur Activer ou désactiver les applications et les services**  pour les affecter ou les supprimer.

# step 6 #assign-microsoft-defender-for-office-365-licenses
seg-110 = Cliquez **sur Affecter** et **Fermer.**

# text #assign-microsoft-defender-for-office-365-licenses
seg-111 = Pour acheter d’autres licences ou supprimer des licences, consultez [Acheter ou supprimer des licences.](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription)

# front matter
title = Attribuer des licences Microsoft Defender pour Office 365
