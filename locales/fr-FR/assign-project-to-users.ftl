### doc: assign-project-to-users
### locale: fr-FR
### ms.openlocfilehash: c33253871ea45682351c9f3d15a9ab0e129666a5

# heading 1 #assign-project-to-users
seg-102 = Affecter Project à des utilisateurs

# text #assign-project-to-users
seg-103 = Project peut être affecté à des utilisateurs dans le **centre d’administration Microsoft 365**.

# step 1 #assign-project-to-users
seg-104 = Accédez à **Facturation > [Licences](https://go.microsoft.com/fwlink/p/?linkid=842264)**.

# step 2 #assign-project-to-users
seg-105 = Sélectionnez le produit pour lequel vous voulez attribuer des licences.

# step 3 #assign-project-to-users
seg-106 = Cliquez sur **Attribuer des licences**.

# step 4 #assign-project-to-users
seg-107 = Dans le volet **Attribuer des licences aux utilisateurs**, commencez à taper le nom d’un utilisateur, puis sélectionnez-le dans les résultats.

# step 4 #assign-project-to-users
seg-108 = Vous pouvez ajouter jusqu'à 20 utilisateurs à la fois.

# step 5 #assign-project-to-users
seg-109 = Cliquez sur **Activer ou désactiver les applications et services** pour les attribuer ou les supprimer.

# step 6 #assign-project-to-users
seg-110 = Cliquez sur **Attribuer** et **Fermer**.

# text #assign-project-to-users
seg-111 = Pour acheter d’autres licences ou supprimer des licences, consultez [Acheter ou supprimer des licences.](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription)

# front matter
title = Affecter Project à des utilisateurs
