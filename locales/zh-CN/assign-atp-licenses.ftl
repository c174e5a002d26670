### doc: assign-atp-licenses
### locale: zh-CN
### ms.openlocfilehash: 0b6dea84c1342ef17f23180d3b917b052158cf46

# heading 1 #assign-microsoft-defender-for-office-365-licenses
seg-102 = 分配 Microsoft Defender for Office 365 许可证

# text #assign-microsoft-defender-for-office-365-licenses
seg-103 = Microsoft Defender for Office 365 可以分配给 Microsoft 365 管理中心中的用户。

# step 1 #assign-microsoft-defender-for-office-365-licenses
seg-104 = 转到 **帐单**  >  [许可证](https://go.microsoft.com/fwlink/p/?linkid=842264)。

# step 2 #assign-microsoft-defender-for-office-365-licenses
seg-105 = 选择要为其分配许可证的产品。

# step 3 #assign-microsoft-defender-for-office-365-licenses
seg-106 = 单击“**分配许可证**”。

# step 4 #assign-microsoft-defender-for-office-365-licenses
seg-107 = 在 **"向用户分配许可证"**  窗格中，开始键入用户名，然后从结果中选择它。

# step 4 #assign-microsoft-defender-for-office-365-licenses
seg-108 = 一次最多可添加 20 名用户。

# step 5 #assign-microsoft-defender-for-office-365-licenses
seg-109 = 单击 **"打开或关闭应用和服务"**  以分配或删除。

# step 6 #assign-microsoft-defender-for-office-365-licenses
seg-110 = 单击 **"分配**"，然后  **关闭**。

# text #assign-microsoft-defender-for-office-365-licenses
seg-111 = 若要购买更多许可证或删除许可证，请参阅 [购买或删除](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription)。

# front matter
title = 分配 Microsoft Defender for Office 365 许可证
