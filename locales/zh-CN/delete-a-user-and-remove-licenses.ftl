### doc: delete-a-user-and-remove-licenses
### locale: zh-CN
### ms.openlocfilehash: 1867556cc85a0f7ed0c7cdb22061a63d559fbb4b

# heading 1 #delete-a-user-and-remove-licenses
seg-102 = 删除用户并删除许可证

# text #delete-a-user-and-remove-licenses
seg-103 = 删除用户也将取消分配用户许可证，使其对其他用户可用。

# step 1 #delete-a-user-and-remove-licenses
seg-104 = 在 "管理中心" 中，转到 " **用户** > 活动用户"。

# step 2 #delete-a-user-and-remove-licenses
seg-105 = 选择要删除的一个或一用户，然后单击 " **删除用户**"。

# text #delete-a-user-and-remove-licenses
seg-106 = 有关详细信息，请参阅[从组织中删除用户](https://docs.microsoft.com/microsoft-365/admin/add-users/delete-a-user)。

# front matter
title = 删除用户并删除许可证
