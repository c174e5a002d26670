### doc: how-to-assign-a-license-to-a-user
### locale: sv-SE
### ms.openlocfilehash: 693efc0755b682b17518f07e434685e68beddc14

# heading 1 #assign-or-unassign-licenses-to-users
seg-102 = Tilldela eller ta bort licenser för användare

# text #assign-or-unassign-licenses-to-users
seg-103 = En användare behöver en licens för att få åtkomst till tjänster.

# text #assign-or-unassign-licenses-to-users
seg-104 = Här följer instruktioner för hur du tilldelar en licens till eller tar bort en licens från en användare.

# step 1 #assign-or-unassign-licenses-to-users
seg-105 = Gå till **användare** \> [aktiva användare](https://go.microsoft.com/fwlink/p/?linkid=834822)i administrations centret.

# step 2 #assign-or-unassign-licenses-to-users
seg-106 = Markerar raden för den användare som du vill tilldela en licens till.

# step 3 #assign-or-unassign-licenses-to-users
seg-107 = I det högra fönstret väljer du **Licenser och appar**.

# step 4 #assign-or-unassign-licenses-to-users
seg-108 = Expandera avsnittet **licenser** , markera eller avmarkera rutorna för de licenser som du vill tilldela eller ta bort och välj sedan **Spara ändringar**.

# text #assign-or-unassign-licenses-to-users
seg-109 = Mer information finns i [tilldela licenser till användare](https://docs.microsoft.com/microsoft-365/admin/manage/assign-licenses-to-users)och [ta bort licenser från användare](https://docs.microsoft.com/microsoft-365/admin/manage/remove-licenses-from-users).

# front matter
title = Tilldela eller ta bort licenser för användare
