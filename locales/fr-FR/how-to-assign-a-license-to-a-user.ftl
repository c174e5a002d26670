### doc: how-to-assign-a-license-to-a-user
### locale: fr-FR
### ms.openlocfilehash: 693efc0755b682b17518f07e434685e68beddc14

# heading 1 #assign-or-unassign-licenses-to-users
seg-102 = Affecter ou annuler l’attribution de licences aux utilisateurs

# text #assign-or-unassign-licenses-to-users
seg-103 = Un utilisateur a besoin d’une licence pour avoir accès aux services.

# text #assign-or-unassign-licenses-to-users
seg-104 = Voici les étapes à suivre pour attribuer une licence ou annuler l’affectation d’une licence à un utilisateur.

# step 1 #assign-or-unassign-licenses-to-users
seg-105 = Dans le **Centre d’administration, accédez à utilisateurs** \> [actifs](https://go.microsoft.com/fwlink/p/?linkid=834822).

# step 2 #assign-or-unassign-licenses-to-users
seg-106 = Sélectionnez la ligne de l’utilisateur auquel vous voulez attribuer une licence.

# step 3 #assign-or-unassign-licenses-to-users
seg-107 = Dans le volet de droite, sélectionnez **Licences et applications**.

# step 4 #assign-or-unassign-licenses-to-users
seg-108 = Développez la section **licences** , activez ou désactivez les cases à cocher pour les licences que vous souhaitez attribuer ou annuler l’affectation, puis sélectionnez **enregistrer les modifications**.

# text #assign-or-unassign-licenses-to-users
seg-109 = Pour plus d’informations, consultez la rubrique [attribuer des licences aux utilisateurs](https://docs.microsoft.com/microsoft-365/admin/manage/assign-licenses-to-users)et [Supprimer l’attribution de licences aux utilisateurs](https://docs.microsoft.com/microsoft-365/admin/manage/remove-licenses-from-users).

# front matter
title = Affecter ou annuler l’attribution de licences aux utilisateurs
