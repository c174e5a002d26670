### doc: delete-a-user-and-remove-licenses
### locale: sv-SE
### ms.openlocfilehash: 1867556cc85a0f7ed0c7cdb22061a63d559fbb4b

# heading 1 #delete-a-user-and-remove-licenses
seg-102 = Ta bort en användare och ta bort licenser

# text #delete-a-user-and-remove-licenses
seg-103 = Om du tar bort en användare kopplas även användar licenser och blir tillgängliga för andra användare.

# step 1 #delete-a-user-and-remove-licenses
seg-104 = Gå till **användare** > aktiva användare i administrations centret.

# step 2 #delete-a-user-and-remove-licenses
seg-105 = Markera den eller de användare som du vill ta bort och klicka på **ta bort användare**.

# text #delete-a-user-and-remove-licenses
seg-106 = Mer information finns i [ta bort en användare från din organisation](https://docs.microsoft.com/microsoft-365/admin/add-users/delete-a-user).

# front matter
title = Ta bort en användare och ta bort licenser
