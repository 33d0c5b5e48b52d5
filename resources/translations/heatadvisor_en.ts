<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BatchPicker</name>
    <message>
        <source>本省的政策包里没有试点村名单</source>
        <translation>The province&apos;s policy packs list no pilot villages</translation>
    </message>
    <message>
        <source>都不在</source>
        <translation>None of these</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改服务点密码</source>
        <translation>Change the service point&apos;s password</translation>
    </message>
    <message>
        <source>旧密码</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输一遍</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>忘了旧密码</source>
        <translation>Forgot the old password</translation>
    </message>
    <message>
        <source>先输旧密码</source>
        <translation>Type the old password first</translation>
    </message>
    <message>
        <source>新密码不能是空的</source>
        <translation>The new password cannot be empty</translation>
    </message>
    <message>
        <source>两次输的新密码不一样</source>
        <translation>The two new passwords differ</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>每季花费</source>
        <translation>Cost a season</translation>
    </message>
    <message>
        <source>几年回本</source>
        <translation>Payback</translation>
    </message>
    <message>
        <source>每月花费</source>
        <translation>Cost a month</translation>
    </message>
    <message>
        <source>热泵冷天效率</source>
        <translation>Heat pump in the cold</translation>
    </message>
    <message>
        <source>每个采暖季花多少钱</source>
        <translation>What each heating season costs</translation>
    </message>
    <message>
        <source>一年年累计花的钱（黑点：回本的时候）</source>
        <translation>Money spent, added up year by year (black dot: paid back)</translation>
    </message>
    <message>
        <source>每个月花多少钱</source>
        <translation>What each month costs</translation>
    </message>
    <message>
        <source>热泵：多冷的天有多少钟头，那时 1 度电出几度热</source>
        <translation>Heat pump: hours at each outdoor temperature, and kWh of heat per kWh of electricity then</translation>
    </message>
    <message>
        <source>显示全部方案</source>
        <translation>Show all options</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>年</source>
        <translation>years</translation>
    </message>
    <message>
        <source>回本</source>
        <translation>paid back</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>卖家推荐的电暖器：</source>
        <translation>Heater the seller offers:</translation>
    </message>
    <message>
        <source>1 度电 = 1 度热。电暖器不管叫什么，都一样。</source>
        <translation>1 kWh of electricity = 1 kWh of heat. Whatever the heater is called.</translation>
    </message>
    <message>
        <source>石墨烯、碳晶、电热膜、“远红外”：都是电流把电变成热，1 度电最多出 1 度热。“省电 70%”就得 1 度电出 3 度多热——只有热泵能做到：它从外面的空气里“搬”热进屋。有的卖家说的功率和实际用电差好几倍（消保委测过），买前看铭牌上的千瓦数。</source>
        <translation>Graphene, carbon crystal, heating film, &quot;far infrared&quot;: all turn electric current into heat, and 1 kWh of electricity gives at most 1 kWh of heat. &quot;Saves 70 %&quot; would need more than 3 kWh of heat from 1 kWh — only a heat pump does that: it moves heat in from the outside air. Some sellers state a power several times below what the heater really draws (consumer council tests): read the kW on the rating plate before buying.</translation>
    </message>
    <message>
        <source>这家一冬的电费（元）</source>
        <translation>This household&apos;s electricity for the winter (yuan)</translation>
    </message>
    <message>
        <source>等有效输入后再算</source>
        <translation>Waiting for valid input</translation>
    </message>
    <message>
        <source>这家一冬要 {heat} 度热。{one_to_one}
用“{heater}”一冬约 {heater_cost} 元（{heater_low}–{heater_high}）；用“{heat_pump}”约 {hp_cost} 元（{hp_low}–{hp_high}）。{cop}</source>
        <translation>This house needs {heat} kWh of heat a winter. {one_to_one}
With &quot;{heater}&quot; the winter costs about {heater_cost} yuan ({heater_low}–{heater_high}); with &quot;{heat_pump}&quot; about {hp_cost} yuan ({hp_low}–{hp_high}). {cop}</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
</context>
<context>
    <name>ComparisonTab</name>
    <message>
        <source>方案</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>每季运行费
（元）</source>
        <translation>Running cost
a season (yuan)</translation>
    </message>
    <message>
        <source>买设备（元）
补贴后</source>
        <translation>Purchase (yuan)
after subsidy</translation>
    </message>
    <message>
        <source>几年
回本</source>
        <translation>Payback
(years)</translation>
    </message>
    <message>
        <source>{years} 年
总花费（元）</source>
        <translation>Total over
{years} years (yuan)</translation>
    </message>
    <message>
        <source>二氧化碳
（吨/季）</source>
        <translation>CO₂
(t a season)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>In short</translation>
    </message>
    <message>
        <source>一个采暖季的电费或燃料钱（第一年），大字是最可能的数，小字是可能的范围</source>
        <translation>Electricity or fuel for one heating season (the first year): the large figure is the most likely, the small ones the possible range</translation>
    </message>
    <message>
        <source>买设备和安装的钱，减去能领的补贴</source>
        <translation>What buying and installing the device costs, less the subsidies the household can get</translation>
    </message>
    <message>
        <source>每季省下的钱要几年才能把买设备的钱省回来；设备用坏前省不回来，就写“省不回来”</source>
        <translation>How many years the season&apos;s savings take to repay the purchase; &quot;never&quot; when the device wears out first</translation>
    </message>
    <message>
        <source>{years} 年里：买设备、每年运行费和维修费、主机用坏了再买；减去第 {years} 年时设备还值的钱（按还能用的年头折算）</source>
        <translation>Over {years} years: the purchase, each year&apos;s running cost and upkeep, buying the unit again when it wears out; less what the device is still worth in year {years} (by the years it has left)</translation>
    </message>
    <message>
        <source>一个采暖季排放的二氧化碳</source>
        <translation>Carbon dioxide emitted in one heating season</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>保存个人信息</source>
        <translation>Keep personal details</translation>
    </message>
</context>
<context>
    <name>CopChart</name>
    <message>
        <source>小时数</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>1 度电出几度热</source>
        <translation>kWh of heat per kWh of electricity</translation>
    </message>
    <message>
        <source>室外温度 ℃</source>
        <translation>Outdoor temperature °C</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>度热</source>
        <translation>kWh of heat</translation>
    </message>
</context>
<context>
    <name>CurrentGroup</name>
    <message>
        <source>现在用</source>
        <translation>Heats with</translation>
    </message>
    <message>
        <source>去年冬天用了</source>
        <translation>Last winter used</translation>
    </message>
    <message>
        <source>比如 2 吨煤、1500 方气、3000 元电费；不记得就空着</source>
        <translation>e.g. 2 t of coal, 1500 m³ of gas, 3000 yuan of electricity; leave empty if not known</translation>
    </message>
    <message>
        <source>吨</source>
        <translation>tonnes</translation>
    </message>
    <message>
        <source>公斤</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>立方米（方）</source>
        <translation>m³</translation>
    </message>
    <message>
        <source>度电</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>罐液化气（15 公斤）</source>
        <translation>LPG cylinders (15 kg)</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>按去年用量校准</source>
        <translation>Calibrate to last winter</translation>
    </message>
    <message>
        <source>用这家自己的用量修正房子的算法，比只按房子算更准</source>
        <translation>Corrects the house model with this household&apos;s own use: closer than the house description alone</translation>
    </message>
    <message>
        <source>去年用量核对过</source>
        <translation>Last winter&apos;s figure checked</translation>
    </message>
    <message>
        <source>和按房子算的差得远时，问清楚没记错再勾上</source>
        <translation>When it is far from the house estimate, ask again and tick this once it is right</translation>
    </message>
    <message>
        <source>现在怎么取暖</source>
        <translation>Heating today</translation>
    </message>
    <message>
        <source>按房子算，一冬要 {model} 度热</source>
        <translation>From the house description: {model} kWh of heat a winter</translation>
    </message>
    <message>
        <source>；按去年用量算，要 {calibrated} 度热</source>
        <translation>; from last winter&apos;s use: {calibrated} kWh of heat</translation>
    </message>
</context>
<context>
    <name>ExchangeFlow</name>
    <message>
        <source>导出给别的电脑</source>
        <translation>Send to another laptop</translation>
    </message>
    <message>
        <source>交换文件 ({pattern})</source>
        <translation>Exchange files ({pattern})</translation>
    </message>
    <message>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>合并别处的记录</source>
        <translation>Merge records from elsewhere</translation>
    </message>
    <message>
        <source>这个文件里的个人信息加了密。输入导出时设的交换密码就一起存下；点取消就只合并咨询内容。</source>
        <translation>The personal details in this file are encrypted. Type the exchange password set when it was exported to keep them too; Cancel merges the advice only.</translation>
    </message>
    <message>
        <source>正在合并……</source>
        <translation>Merging…</translation>
    </message>
</context>
<context>
    <name>ExplainTab</name>
    <message>
        <source>打印讲解海报</source>
        <translation>Print the explanation poster</translation>
    </message>
    <message>
        <source>热泵：1 度电能出几度热？</source>
        <translation>Heat pump: how much heat from 1 kWh of electricity?</translation>
    </message>
    <message>
        <source>在“比较哪些方案”里勾一种热泵，这里就按本县的天气讲。</source>
        <translation>Tick a heat pump under &quot;Options to compare&quot; and this page explains it with this county&apos;s weather.</translation>
    </message>
    <message>
        <source>说明书上写的 {rated}，是在暖和天测的。天越冷，出的热越少：</source>
        <translation>The {rated} on the label was measured in mild weather. The colder it is, the less heat it gives:</translation>
    </message>
    <message>
        <source>{month}：1 度电出 {cop} 度热</source>
        <translation>{month}: 1 kWh of electricity gives {cop} kWh of heat</translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>导出给别的电脑</source>
        <translation>Send to another laptop</translation>
    </message>
    <message>
        <source>带上姓名、电话这些个人信息（用交换密码加密）</source>
        <translation>Include names, phone and other personal details (sealed with an exchange password)</translation>
    </message>
    <message>
        <source>交换密码</source>
        <translation>Exchange password</translation>
    </message>
    <message>
        <source>再输一遍</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>带个人信息要先设交换密码</source>
        <translation>Set an exchange password to include personal details</translation>
    </message>
    <message>
        <source>两次输的不一样</source>
        <translation>The two entries differ</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>记上这一步</source>
        <translation>Record this step</translation>
    </message>
    <message>
        <source>办到哪一步</source>
        <translation>Stage reached</translation>
    </message>
    <message>
        <source>记上使用情况</source>
        <translation>Record the usage</translation>
    </message>
    <message>
        <source>这一季用得怎样</source>
        <translation>Use this season</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>咨询记录</source>
        <translation>Consultation records</translation>
    </message>
    <message>
        <source>找：姓名、村、乡镇、县</source>
        <translation>Find: name, village, township, county</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>any</translation>
    </message>
    <message>
        <source>推荐</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>复制一份（换个电价再算）</source>
        <translation>Copy (same house, other tariffs)</translation>
    </message>
    <message>
        <source>跟进…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <source>台账信息…</source>
        <translation>Ledger details…</translation>
    </message>
    <message>
        <source>导出给别的电脑…</source>
        <translation>Send to another laptop…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>删除选中的 {count} 条记录？删了就找不回来了。</source>
        <translation>Delete the {count} selected records? They cannot be brought back.</translation>
    </message>
</context>
<context>
    <name>HouseGroup</name>
    <message>
        <source>取暖面积</source>
        <translation>Heated area</translation>
    </message>
    <message>
        <source>平方米</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>能烧暖的屋子加起来多大；不知道就数房间：下面“按房间算”</source>
        <translation>Floor area of the rooms that can be heated; if not known, count rooms under &quot;by rooms&quot; below</translation>
    </message>
    <message>
        <source>土坯墙</source>
        <translation>Adobe</translation>
    </message>
    <message>
        <source>一砖墙（24 厘米）</source>
        <translation>One brick (24 cm)</translation>
    </message>
    <message>
        <source>厚砖墙（37 厘米）</source>
        <translation>Thick brick (37 cm)</translation>
    </message>
    <message>
        <source>砖墙加 5 厘米保温</source>
        <translation>Brick + 5 cm insulation</translation>
    </message>
    <message>
        <source>砖墙加 10 厘米保温</source>
        <translation>Brick + 10 cm insulation</translation>
    </message>
    <message>
        <source>按节能标准新盖的房</source>
        <translation>New, to the energy standard</translation>
    </message>
    <message>
        <source>墙</source>
        <translation>Walls</translation>
    </message>
    <message>
        <source>单层玻璃</source>
        <translation>Single glazing</translation>
    </message>
    <message>
        <source>双层玻璃</source>
        <translation>Double glazing</translation>
    </message>
    <message>
        <source>节能窗（断桥、中空）</source>
        <translation>Insulated windows</translation>
    </message>
    <message>
        <source>窗户</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>没保温</source>
        <translation>Not insulated</translation>
    </message>
    <message>
        <source>有保温</source>
        <translation>Insulated</translation>
    </message>
    <message>
        <source>屋顶</source>
        <translation>Roof</translation>
    </message>
    <message>
        <source>屋顶铺过保温板、苯板或厚草泥，算有保温</source>
        <translation>Insulation boards, polystyrene or a thick straw-clay layer count as insulated</translation>
    </message>
    <message>
        <source>漏风</source>
        <translation>Draughty</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>很严实</source>
        <translation>Tight</translation>
    </message>
    <message>
        <source>门窗严不严</source>
        <translation>Draughts</translation>
    </message>
    <message>
        <source>不清楚，按一般人家算</source>
        <translation>Not sure: as most households do</translation>
    </message>
    <message>
        <source>只烧卧室和客厅，白天烧，晚上压火</source>
        <translation>Bedroom and living room; by day, banked at night</translation>
    </message>
    <message>
        <source>能省就省，冷了才烧</source>
        <translation>Save where we can, heat only when cold</translation>
    </message>
    <message>
        <source>一天到晚都烧，屋里暖和</source>
        <translation>All day, house kept warm</translation>
    </message>
    <message>
        <source>平时怎么烧</source>
        <translation>How the house is heated</translation>
    </message>
    <message>
        <source>全部屋子</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>大部分（四分之三）</source>
        <translation>Most (three quarters)</translation>
    </message>
    <message>
        <source>按上面的烧法</source>
        <translation>As the heating habit above</translation>
    </message>
    <message>
        <source>一半（卧室加客厅）</source>
        <translation>Half (bedroom and living room)</translation>
    </message>
    <message>
        <source>一两间</source>
        <translation>One or two rooms</translation>
    </message>
    <message>
        <source>烧暖哪些屋</source>
        <translation>Which rooms are heated</translation>
    </message>
    <message>
        <source>很多人家只烧卧室和客厅</source>
        <translation>Many households heat only the bedroom and living room</translation>
    </message>
    <message>
        <source>烧暖几间屋</source>
        <translation>Number of rooms heated</translation>
    </message>
    <message>
        <source>空调、热风机一间装一台；空着就按面积估</source>
        <translation>One air conditioner or hot-air unit per room; leave blank to estimate from the area</translation>
    </message>
    <message>
        <source>屋里温度</source>
        <translation>Indoor temperature</translation>
    </message>
    <message>
        <source>℃</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>空着就按上面的烧法</source>
        <translation>Leave empty to follow the heating habit above</translation>
    </message>
    <message>
        <source>暖气片</source>
        <translation>Radiators</translation>
    </message>
    <message>
        <source>地暖</source>
        <translation>Floor heating</translation>
    </message>
    <message>
        <source>风机盘管</source>
        <translation>Fan coils</translation>
    </message>
    <message>
        <source>没有（炉子、空调、电暖器）</source>
        <translation>None (stove, air conditioner, heater)</translation>
    </message>
    <message>
        <source>屋里散热用</source>
        <translation>Heat given off by</translation>
    </message>
    <message>
        <source>更多：按房间算、层数、几个钟头、电表</source>
        <translation>More: by rooms, storeys, hours, meter</translation>
    </message>
    <message>
        <source>房间数</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>间</source>
        <translation>rooms</translation>
    </message>
    <message>
        <source>约 {share} 的屋子</source>
        <translation>about {share} of the rooms</translation>
    </message>
    <message>
        <source>每间大约</source>
        <translation>Each about</translation>
    </message>
    <message>
        <source>填了这两项，取暖面积就按 间数 × 每间 算</source>
        <translation>With both filled in, heated area = rooms × size</translation>
    </message>
    <message>
        <source>几层</source>
        <translation>Storeys</translation>
    </message>
    <message>
        <source>每天烧几个钟头</source>
        <translation>Hours heated a day</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>只在早晚烧就填 8 到 12；空着就按上面的烧法</source>
        <translation>Enter 8 to 12 if heated only mornings and evenings; leave empty to follow the habit above</translation>
    </message>
    <message>
        <source>电表能带多大</source>
        <translation>Meter capacity</translation>
    </message>
    <message>
        <source>千瓦</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>看电表或问供电所；空着就按本地一般人家算</source>
        <translation>See the meter or ask the power office; empty: a typical local household</translation>
    </message>
    <message>
        <source>房子</source>
        <translation>House</translation>
    </message>
    <message>
        <source>老房子，黄泥土坯砌的，墙很厚</source>
        <translation>Old house of sun-dried clay bricks, very thick walls</translation>
    </message>
    <message>
        <source>最常见的红砖房，墙厚一块砖长（约 24 厘米）</source>
        <translation>The usual red-brick house, wall one brick long thick (about 24 cm)</translation>
    </message>
    <message>
        <source>墙厚一砖半，手掌伸开量约两拃</source>
        <translation>Wall one and a half bricks thick, about two hand spans</translation>
    </message>
    <message>
        <source>外墙贴过薄保温板（苯板），敲着发空</source>
        <translation>Thin insulation boards outside; sounds hollow when knocked</translation>
    </message>
    <message>
        <source>外墙贴过厚保温板，近几年改造过</source>
        <translation>Thick insulation boards outside, renovated in recent years</translation>
    </message>
    <message>
        <source>近几年按节能标准盖的新房</source>
        <translation>New house built to the energy-saving standard in recent years</translation>
    </message>
    <message>
        <source>一层玻璃，冬天窗上结霜花</source>
        <translation>One pane; frost flowers on the glass in winter</translation>
    </message>
    <message>
        <source>两层玻璃的塑钢窗</source>
        <translation>Two-pane PVC windows</translation>
    </message>
    <message>
        <source>断桥铝或中空节能窗，窗上不结霜</source>
        <translation>Thermal-break or insulated-glass windows; no frost on the glass</translation>
    </message>
    <message>
        <source>烧煤烧柴的人家多是只烧两间屋、晚上压火；集中供暖按整天算</source>
        <translation>Coal and wood households mostly heat two rooms and bank the fire at night; district heat counts as all day</translation>
    </message>
    <message>
        <source>两间屋白天约 16 度，烧 14 个钟头，夜里约 8 度</source>
        <translation>Two rooms at about 16 °C for 14 hours, about 8 °C at night</translation>
    </message>
    <message>
        <source>两间屋约 14 度，一天烧 10 个钟头，夜里约 6 度</source>
        <translation>Two rooms at about 14 °C for 10 hours a day, about 6 °C at night</translation>
    </message>
    <message>
        <source>全家整天约 18 度，不压火</source>
        <translation>The whole house at about 18 °C all day, fire never banked</translation>
    </message>
    <message>
        <source>门缝窗缝透风，门帘被风吹动</source>
        <translation>Air comes through gaps; the door curtain moves in the wind</translation>
    </message>
    <message>
        <source>门窗关上基本不透风</source>
        <translation>Closed doors and windows hardly let air through</translation>
    </message>
    <message>
        <source>新门窗，密封条完好</source>
        <translation>New doors and windows with intact seals</translation>
    </message>
</context>
<context>
    <name>HouseholdGroup</name>
    <message>
        <source>户主姓名</source>
        <translation>Householder</translation>
    </message>
    <message>
        <source>可以不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>补贴要问的情况</source>
        <translation>Facts subsidies ask about</translation>
    </message>
    <message>
        <source>户口在本村</source>
        <translation>Registered in this village</translation>
    </message>
    <message>
        <source>房子是自家的</source>
        <translation>Owns the house</translation>
    </message>
    <message>
        <source>以前领过取暖改造补贴</source>
        <translation>Had a heating subsidy before</translation>
    </message>
    <message>
        <source>未问</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>不是</source>
        <translation>no</translation>
    </message>
    <message>
        <source>低保户</source>
        <translation>Dibao (minimum living allowance)</translation>
    </message>
    <message>
        <source>特困户</source>
        <translation>Tekun (extreme hardship)</translation>
    </message>
    <message>
        <source>防返贫监测户</source>
        <translation>Monitored against poverty</translation>
    </message>
    <message>
        <source>低保、特困</source>
        <translation>Low income</translation>
    </message>
    <message>
        <source>只用来查补贴，须经本人同意才问</source>
        <translation>Only to check subsidies; ask only with the resident&apos;s consent</translation>
    </message>
    <message>
        <source>本村在这些名单里</source>
        <translation>Village is on these lists</translation>
    </message>
    <message>
        <source>不清楚就都不勾，问村委会</source>
        <translation>If unsure, tick nothing and ask the village committee</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>户主同意在建议书上印姓名和电话</source>
        <translation>The resident agrees to have name and phone printed on the advice sheet</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>台账信息</source>
        <translation>Ledger details</translation>
    </message>
</context>
<context>
    <name>LocationGroup</name>
    <message>
        <source>省</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>县（区）</source>
        <translation>County</translation>
    </message>
    <message>
        <source>打汉字或拼音首字母，比如 jx 找到莒县</source>
        <translation>Type hanzi or pinyin initials, e.g. jx finds 莒县</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>村里有</source>
        <translation>The village has</translation>
    </message>
    <message>
        <source>没有或不清楚就不勾</source>
        <translation>Leave unticked if not there or not sure</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>天气按 {station} 气象站算，离县城 {km} 公里</source>
        <translation>Weather from the {station} station, {km} km from the county seat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>供暖参谋</source>
        <translation>HeatAdvisor</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>打印建议书…</source>
        <translation>Print advice sheet…</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>导入政策/数据包…</source>
        <translation>Import policy/data pack…</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>大字</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>把现在这个县设为本服务点的默认县</source>
        <translation>Make this county the service point&apos;s default</translation>
    </message>
    <message>
        <source>关于供暖参谋…</source>
        <translation>About HeatAdvisor…</translation>
    </message>
    <message>
        <source>关于供暖参谋</source>
        <translation>About HeatAdvisor</translation>
    </message>
    <message>
        <source>供暖参谋 %1 版
帮农村家庭比较取暖方式，不用上网。</source>
        <translation>HeatAdvisor %1
Compares heating options for rural households, with no internet needed.</translation>
    </message>
</context>
<context>
    <name>OptionsGroup</name>
    <message>
        <source>更多设备</source>
        <translation>More devices</translation>
    </message>
    <message>
        <source>同时做保温改造（每个方案都加上）</source>
        <translation>Insulation added to every option</translation>
    </message>
    <message>
        <source>比较哪些方案</source>
        <translation>Options to compare</translation>
    </message>
    <message>
        <source>价格（含安装）</source>
        <translation>Price (installed)</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>机器大小</source>
        <translation>Unit size</translation>
    </message>
    <message>
        <source>千瓦</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>空着就按房子配合适的大小</source>
        <translation>Empty: sized to the house</translation>
    </message>
    <message>
        <source>{name}：{kw} 千瓦，约 {pi} 匹</source>
        <translation>{name}: {kw} kW, about {pi} HP</translation>
    </message>
</context>
<context>
    <name>PackImportFlow</name>
    <message>
        <source>导入政策/数据包</source>
        <translation>Import policy/data pack</translation>
    </message>
    <message>
        <source>数据包 (*.json)</source>
        <translation>Data packs (*.json)</translation>
    </message>
    <message>
        <source>正在检查并导入数据包……</source>
        <translation>Checking and importing the pack…</translation>
    </message>
    <message>
        <source>（整个文件）</source>
        <translation>(whole file)</translation>
    </message>
    <message>
        <source>……还有 {count} 处</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>导入时程序出错，正在用的数据没有改动：
{detail}</source>
        <translation>The program failed while importing; the packs in use are unchanged:
{detail}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>服务点密码</source>
        <translation>Service point password</translation>
    </message>
    <message>
        <source>交换密码</source>
        <translation>Exchange password</translation>
    </message>
    <message>
        <source>姓名、电话这些个人信息加密保存，要用服务点密码打开。忘了密码就找不回来了。</source>
        <translation>Names, phone numbers and other personal details are stored encrypted and opened with the service point&apos;s password. A forgotten password cannot be recovered.</translation>
    </message>
    <message>
        <source>输入服务点密码，才能存或看个人信息。</source>
        <translation>Enter the service point&apos;s password to keep or see personal details.</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输一遍</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>密码不能是空的</source>
        <translation>The password cannot be empty</translation>
    </message>
    <message>
        <source>两次输的不一样</source>
        <translation>The two entries differ</translation>
    </message>
</context>
<context>
    <name>PasswordFlow</name>
    <message>
        <source>修改服务点密码</source>
        <translation>Change the service point&apos;s password</translation>
    </message>
    <message>
        <source>正在设新密码……</source>
        <translation>Setting the new password…</translation>
    </message>
    <message>
        <source>正在用新密码重新加密……</source>
        <translation>Sealing again with the new password…</translation>
    </message>
</context>
<context>
    <name>PricesGroup</name>
    <message>
        <source>元/吨</source>
        <translation>yuan/t</translation>
    </message>
    <message>
        <source>电价</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>元/度</source>
        <translation>yuan/kWh</translation>
    </message>
    <message>
        <source>散煤</source>
        <translation>Coal</translation>
    </message>
    <message>
        <source>天然气</source>
        <translation>Natural gas</translation>
    </message>
    <message>
        <source>元/方</source>
        <translation>yuan/m³</translation>
    </message>
    <message>
        <source>型煤（洁净煤）</source>
        <translation>Briquettes (clean coal)</translation>
    </message>
    <message>
        <source>生物质颗粒</source>
        <translation>Biomass pellets</translation>
    </message>
    <message>
        <source>秸秆</source>
        <translation>Straw</translation>
    </message>
    <message>
        <source>木柴</source>
        <translation>Firewood</translation>
    </message>
    <message>
        <source>液化气</source>
        <translation>LPG</translation>
    </message>
    <message>
        <source>元/公斤</source>
        <translation>yuan/kg</translation>
    </message>
    <message>
        <source>集中供热</source>
        <translation>District heating</translation>
    </message>
    <message>
        <source>元/平方米</source>
        <translation>yuan/m²</translation>
    </message>
    <message>
        <source>按本地办法</source>
        <translation>As locally usual</translation>
    </message>
    <message>
        <source>用峰谷电（夜里便宜）</source>
        <translation>Time-of-use (cheap at night)</translation>
    </message>
    <message>
        <source>不用峰谷电</source>
        <translation>No time-of-use</translation>
    </message>
    <message>
        <source>峰谷电</source>
        <translation>Time-of-use tariff</translation>
    </message>
    <message>
        <source>更多燃料价格</source>
        <translation>More fuel prices</translation>
    </message>
    <message>
        <source>空着就按本地阶梯电价、峰谷电价算</source>
        <translation>Empty: the local tiered and time-of-use tariff</translation>
    </message>
    <message>
        <source>电价和燃料价格</source>
        <translation>Electricity and fuel prices</translation>
    </message>
    <message>
        <source>恢复本地默认价格</source>
        <translation>Reset to local prices</translation>
    </message>
    <message>
        <source>按本地电价</source>
        <translation>local tariff</translation>
    </message>
    <message>
        <source>按本地气价</source>
        <translation>local gas tariff</translation>
    </message>
    <message>
        <source>{name}（改过）</source>
        <translation>{name} (edited)</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>先把输入填完整，有了结果才能打印</source>
        <translation>Complete the inputs first: there is nothing to print until there are results</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>讲解海报</source>
        <translation>COP poster</translation>
    </message>
    <message>
        <source>无法保存到 {path}</source>
        <translation>Could not save to {path}</translation>
    </message>
    <message>
        <source>没有找到打印机，海报已保存为 PDF：{path}</source>
        <translation>No printer was found; the poster was saved as a PDF: {path}</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>新建咨询</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>打开记录…</source>
        <translation>Open a record…</translation>
    </message>
    <message>
        <source>导出台账…</source>
        <translation>Export the ledger…</translation>
    </message>
    <message>
        <source>导出汇总表…</source>
        <translation>Export the township report…</translation>
    </message>
    <message>
        <source>导出给别的电脑…</source>
        <translation>Send to another laptop…</translation>
    </message>
    <message>
        <source>合并别处的记录…</source>
        <translation>Merge records from elsewhere…</translation>
    </message>
    <message>
        <source>修改服务点密码…</source>
        <translation>Change the service point&apos;s password…</translation>
    </message>
    <message>
        <source>不存个人信息</source>
        <translation>Keep no personal details</translation>
    </message>
</context>
<context>
    <name>RecordsFeature</name>
    <message>
        <source>记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>没保存的咨询</source>
        <translation>Unsaved consultation</translation>
    </message>
    <message>
        <source>上次有一份咨询没保存就关了（{time}）。要接着填吗？</source>
        <translation>A consultation was not saved when the program last closed ({time}). Continue with it?</translation>
    </message>
    <message>
        <source>先把输入填完整，有了结果才能保存</source>
        <translation>Complete the inputs first: a consultation can be saved once it has results</translation>
    </message>
    <message>
        <source>这是 {date} 存的结果</source>
        <translation>These are the results saved on {date}</translation>
    </message>
    <message>
        <source>用今天的数据重算</source>
        <translation>Recompute with today&apos;s data</translation>
    </message>
    <message>
        <source>用今天的数据重算，结果有变化：
{changes}

换成新算的结果吗？（不换就还看存的结果）</source>
        <translation>Recomputed with today&apos;s data, the results change:
{changes}

Show the new results? (No keeps the saved ones.)</translation>
    </message>
    <message>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation>Export the ledger</translation>
    </message>
    <message>
        <source>导出汇总表</source>
        <translation>Export the township report</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>正在读取本地数据……</source>
        <translation>Loading local data…</translation>
    </message>
    <message>
        <source>结果等待有效输入：请改正下面的项（点一下就跳过去）</source>
        <translation>Results wait for valid input: correct the items below (click one to go there)</translation>
    </message>
    <message>
        <source>程序出错，算不出结果：{detail}</source>
        <translation>Program error, no result: {detail}</translation>
    </message>
</context>
<context>
    <name>ResultsSide</name>
    <message>
        <source>对比</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>补贴</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>电暖器真相</source>
        <translation>Heater claims</translation>
    </message>
    <message>
        <source>讲解</source>
        <translation>Explain</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>例如：青龙湖镇清洁取暖服务站</source>
        <translation>e.g. Qinglonghu Town clean-heating service point</translation>
    </message>
    <message>
        <source>大字（离屏幕远也看得清）</source>
        <translation>Large text (readable from across the desk)</translation>
    </message>
    <message>
        <source>服务点名称</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>本服务点的省</source>
        <translation>Home province</translation>
    </message>
    <message>
        <source>本服务点的县（新咨询从这里开始）</source>
        <translation>Home county (where new consultations start)</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>SubsidyTab</name>
    <message>
        <source>这里还没有本地的补贴政策：请到乡镇政府或村委会问本地的补贴办法。</source>
        <translation>No local subsidy rules here yet: ask the township government or village committee about local subsidies.</translation>
    </message>
    <message>
        <source>按“{option}”查的补贴：✓ 能领，× 不能领，? 还要问清楚</source>
        <translation>Subsidies for &quot;{option}&quot;: ✓ can apply, × cannot, ? still to ask</translation>
    </message>
    <message>
        <source>去问：{field}</source>
        <translation>Ask: {field}</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <source>未问</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>VillagePicker</name>
    <message>
        <source>燃气管道到家</source>
        <translation>Gas pipe to the house</translation>
    </message>
    <message>
        <source>集中供热管网</source>
        <translation>Heat network</translation>
    </message>
    <message>
        <source>村集中热泵站</source>
        <translation>Village heat station</translation>
    </message>
    <message>
        <source>能用的井水/河水</source>
        <translation>Usable well or river water</translation>
    </message>
    <message>
        <source>院里能打井（地源热泵）</source>
        <translation>Yard can take a ground loop</translation>
    </message>
</context>
<context>
    <name>present</name>
    <message>
        <source>建议：{name}。{why}</source>
        <translation>Recommended: {name}. {why}</translation>
    </message>
</context>
</TS>
