### doc: delete-a-user-and-remove-licenses
### locale: nb-NO
### ms.openlocfilehash: 1867556cc85a0f7ed0c7cdb22061a63d559fbb4b

# heading 1 #delete-a-user-and-remove-licenses
seg-102 = Slette en bruker og fjerne lisenser

# text #delete-a-user-and-remove-licenses
seg-103 = Når du sletter en bruker, må du også oppheve tilordningen av bruker lisensene, slik at de er tilgjengelige for andre brukere.

# step 1 #delete-a-user-and-remove-licenses
seg-104 = Gå til **brukere** > aktive brukere i administrasjons senteret.

# step 2 #delete-a-user-and-remove-licenses
seg-105 = Velg brukeren eller brukerne du vil slette, og klikk **Slett bruker**.

# text #delete-a-user-and-remove-licenses
seg-106 = Hvis du vil ha mer informasjon, kan du se [slette en bruker fra organisasjonen](https://docs.microsoft.com/microsoft-365/admin/add-users/delete-a-user).

# front matter
title = Slette en bruker og fjerne lisenser
