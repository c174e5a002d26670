### doc: how-to-assign-a-license-to-a-user
### locale: zh-CN
### ms.openlocfilehash: 693efc0755b682b17518f07e434685e68beddc14

# heading 1 #assign-or-unassign-licenses-to-users
seg-102 = 向用户分配或取消分配许可证

# text #assign-or-unassign-licenses-to-users
seg-103 = 用户需要许可证才能访问服务。

# text #assign-or-unassign-licenses-to-users
seg-104 = 以下是将许可证分配给用户或从中取消分配许可证的步骤。

# step 1 #assign-or-unassign-licenses-to-users
seg-105 = 在管理中心中，转到 " **用户** \> [活动用户](https://go.microsoft.com/fwlink/p/?linkid=834822)"。

# step 2 #assign-or-unassign-licenses-to-users
seg-106 = 选择要向其分配许可证的用户所对应的行。

# step 3 #assign-or-unassign-licenses-to-users
seg-107 = 在右侧窗格，选择“**许可证和应用**”。

# step 4 #assign-or-unassign-licenses-to-users
seg-108 = 展开 " **许可证** " 部分，选中或清除要分配或取消分配的许可证的复选框，然后选择 " **保存更改**"。

# text #assign-or-unassign-licenses-to-users
seg-109 = 有关详细信息，请参阅 [向用户分配许可证](https://docs.microsoft.com/microsoft-365/admin/manage/assign-licenses-to-users)和 [取消分配给用户的许可证](https://docs.microsoft.com/microsoft-365/admin/manage/remove-licenses-from-users)。

# front matter
title = 向用户分配或取消分配许可证
