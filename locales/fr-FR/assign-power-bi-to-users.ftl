### doc: assign-power-bi-to-users
### locale: fr-FR
### ms.openlocfilehash: 85e6105483a6b493753cdea48262d3e3a2141a50

# heading 1 #assign-power-bi-to-users
seg-102 = Attribuer Power BI à des utilisateurs

# text #assign-power-bi-to-users
seg-103 = Power BI peut être affecté à des utilisateurs dans le centre d’administration **Microsoft 365**.

# step 1 #assign-power-bi-to-users
seg-104 = Accédez à **Facturation > [Licences](https://go.microsoft.com/fwlink/p/?linkid=842264)**.

# step 2 #assign-power-bi-to-users
seg-105 = Sélectionnez le produit pour lequel vous voulez attribuer des licences.

# step 3 #assign-power-bi-to-users
seg-106 = Cliquez sur **Attribuer des licences**.

# step 4 #assign-power-bi-to-users
seg-107 = Dans le volet **Attribuer des licences aux utilisateurs**, commencez à taper le nom d’un utilisateur, puis sélectionnez-le dans les résultats.

# step 4 #assign-power-bi-to-users
seg-108 = Vous pouvez ajouter jusqu'à 20 utilisateurs à la fois.

# step 5 #assign-power-bi-to-users
seg-109 = Cliquez sur **Activer ou désactiver les applications et services** pour les attribuer ou les supprimer.

# step 6 #assign-power-bi-to-users
seg-110 = Cliquez sur **Attribuer** et **Fermer**.

# text #assign-power-bi-to-users
seg-111 = Pour acheter d’autres licences ou supprimer des licences, consultez [Acheter ou supprimer des licences.](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription)

# front matter
title = Attribuer Power BI à des utilisateurs
