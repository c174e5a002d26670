### doc: delete-a-user-and-remove-licenses
### locale: fr-FR
### ms.openlocfilehash: 1867556cc85a0f7ed0c7cdb22061a63d559fbb4b

# heading 1 #delete-a-user-and-remove-licenses
seg-102 = Supprimer un utilisateur et supprimer des licences

# text #delete-a-user-and-remove-licenses
seg-103 = La suppression d’un utilisateur entraîne également l’annulation de l’affectation des licences utilisateur, ce qui les rend accessibles aux autres utilisateurs.

# step 1 #delete-a-user-and-remove-licenses
seg-104 = Dans le centre d’administration, accédez à **utilisateurs** > utilisateurs actifs.

# step 2 #delete-a-user-and-remove-licenses
seg-105 = Sélectionnez le ou les utilisateurs à supprimer, puis cliquez sur **Supprimer l’utilisateur**.

# text #delete-a-user-and-remove-licenses
seg-106 = Pour plus d’informations, consultez [la rubrique supprimer un utilisateur de votre organisation](https://docs.microsoft.com/microsoft-365/admin/add-users/delete-a-user).

# front matter
title = Supprimer un utilisateur et supprimer des licences
