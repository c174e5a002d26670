### doc: how-to-assign-a-license-to-a-user
### locale: nb-NO
### ms.openlocfilehash: 2c3b11d51a2b5895c8d90ebef27121561f221334

# heading 1 #assign-or-unassign-licenses-to-users
seg-102 = Tilordne eller oppheve lisenser for brukere

# text #assign-or-unassign-licenses-to-users
seg-103 = En bruker trenger en lisens for å få tilgang til tjenester.

# text #assign-or-unassign-licenses-to-users
seg-104 = Her er en Fremgangs måte for å tilordne en lisens til eller oppheve tilordningen av en lisens fra en bruker.

# step 1 #assign-or-unassign-licenses-to-users
seg-105 = Gå til **brukere** som er \> [aktive brukere](https://go.microsoft.com/fwlink/p/?linkid=834822)i administrasjons senteret.

# step 2 #assign-or-unassign-licenses-to-users
seg-106 = Velg raden for brukeren du vil tilordne en lisens til.

# step 3 #assign-or-unassign-licenses-to-users
seg-107 = Velg **Lisenser og apper** i høyre rute.

# step 4 #assign-or-unassign-licenses-to-users
seg-108 = Utvid **lisenser** -delen, Merk av for eller fjern merket for lisensene du vil tilordne eller Tildel, og velg deretter **Lagre endringer**.

# text #assign-or-unassign-licenses-to-users
seg-109 = Hvis du vil ha mer informasjon, kan du se [Tilordne lisenser til brukere](https://docs.microsoft.com/microsoft-365/admin/manage/assign-licenses-to-users), og [oppheve tildeling av lisenser fra brukere](https://docs.microsoft.com/microsoft-365/admin/manage/remove-licenses-from-users).

# front matter
title = Tilordne eller oppheve lisenser for brukere
