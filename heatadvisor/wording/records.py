"""Words for consultation records: open and backup reports, follow-up stages, ledger and
report columns, merges and the command line; one area of the catalogue."""

from __future__ import annotations

RECORD_WORDS: dict[str, dict[str, str]] = {
    "records.open.ok": {"zh": "记录已打开", "en": "Records opened"},
    "records.open.created": {"zh": "新建了记录本", "en": "A new records file was started"},
    "records.open.upgraded": {
        "zh": "记录本已升级到新版本，旧文件另存为 {copy}",
        "en": "The records file was upgraded; the old file was kept as {copy}",
    },
    "records.open.restored": {
        "zh": "记录本坏了，已换回 {made} 的备份；坏文件另存为 {aside}。备份之后记的咨询需要重新录入。",
        "en": (
            "The records file was damaged and the backup from {made} was put back; the damaged "
            "file was kept as {aside}. Consultations saved after that backup must be entered "
            "again."
        ),
    },
    "records.open.damaged_no_backup": {
        "zh": "记录本坏了，又没有能用的备份，已新建一个空的记录本；坏文件另存为 {aside}。",
        "en": (
            "The records file was damaged and no usable backup was found: an empty one "
            "was started; the damaged file was kept as {aside}."
        ),
    },
    "records.newer_file": {
        "zh": "这个记录本是新版供暖参谋存的，这个版本打不开。请先升级程序。文件没有改动：{path}",
        "en": (
            "This records file was saved by a newer HeatAdvisor and this version cannot open it. "
            "Please update the program. The file was not changed: {path}"
        ),
    },
    "records.deleted": {
        "zh": "已删除 {count} 条记录。旧备份里的最晚 {date} 清除。",
        "en": "{count} records deleted. Older backups still hold them until {date} at the latest.",
    },
    "records.dropped": {
        "zh": "按设置不保存个人信息，没有存：{fields}",
        "en": "Personal details are set not to be kept; not saved: {fields}",
    },
    "records.saved": {"zh": "已保存（编号 {id}，第 {revision} 版）", "en": "Saved (id {id}, revision {revision})"},
    "records.locked": {"zh": "（已加密，需要密码）", "en": "(locked: password needed)"},
    "records.wrong_password": {"zh": "密码不对", "en": "Wrong password"},
    "records.check.ok": {"zh": "记录本完好，共 {count} 条", "en": "The records file is intact: {count} records"},
    "records.check.damaged": {
        "zh": "记录本坏了。重新打开程序会换回最近的好备份。",
        "en": "The records file is damaged. Opening the program again puts the newest good backup back.",
    },
    "records.check.backup": {"zh": "备份 {made}：{state}", "en": "Backup {made}: {state}"},
    "records.check.no_backup": {"zh": "还没有备份", "en": "No backups yet"},
    "records.check.intact": {"zh": "完好", "en": "intact"},
    "records.check.broken": {"zh": "坏了", "en": "damaged"},
    "records.merge.summary": {
        "zh": (
            "合并完成：新增 {added} 条，更新 {updated} 条，相同 {same} 条，本机更新跳过 {older} 条，冲突 {conflicts} "
            "条，按删除处理 {deleted} 条"
        ),
        "en": (
            "Merged: {added} added, {updated} updated, {same} unchanged, {older} skipped (newer here), {conflicts} "
            "conflicts, {deleted} handled as deleted"
        ),
    },
    "records.merge.conflict": {
        "zh": "冲突：{village} 的记录 {id} 两边都改过（第 {revision} 版），两份都留着，请看过后删掉不要的一份",
        "en": (
            "Conflict: record {id} ({village}) was changed on both sides (revision {revision}); both are kept: check "
            "and delete the one not wanted"
        ),
    },
    "records.merge.personal_dropped": {
        "zh": "{count} 条记录带的个人信息没有存（没输交换密码、本机没输服务点密码，或设置为不存个人信息）",
        "en": "Personal details of {count} records were not kept (no exchange password, this laptop's password not given, or set to keep none)",
    },
    "records.conflict_copy": {"zh": "（冲突副本）", "en": "(conflict copy)"},
    "records.exchange.explain": {
        "zh": "把 {count} 条咨询存成一个交换文件，拷到别的电脑或县里合并。咨询内容都带上；姓名、电话这些个人信息，"
        "只有勾上下面这一项、设一个交换密码才带，对方合并时要输同一个密码。",
        "en": "{count} consultations go into one exchange file, to be merged on another laptop or at the county. "
        "The advice always goes; names, phone and other personal details go only when ticked below, sealed "
        "with an exchange password the other side must type when merging.",
    },
    "records.exchange.file": {"zh": "咨询记录交换", "en": "consultations-exchange"},
    "records.password_changed": {
        "zh": "服务点密码改好了，个人信息已经用新密码重新加密。",
        "en": "The service point's password was changed; personal details are now sealed with the new one.",
    },
    "records.wrong_old_password": {
        "zh": "旧密码不对，密码没有改。要是忘了旧密码，勾上“忘了旧密码”再设新的（已存的个人信息会清除）。",
        "en": "The old password is wrong; nothing was changed. If it is forgotten, tick “Forgot the old password” and set a new one (the personal details kept so far are erased).",
    },
    "records.forgotten_note": {
        "zh": "密码忘了就找不回来：只能设一个新的，已存的姓名、电话这些个人信息会全部清除，咨询内容和跟进都还在。",
        "en": "A forgotten password cannot be recovered: a new one can be set, and every personal detail kept so far is erased; the advice and follow-up all stay.",
    },
    "records.password_reset_confirm": {
        "zh": "忘了旧密码，已存的个人信息就打不开了。设新密码会清除 {count} 条记录里的姓名、电话这些个人信息，咨询内容和跟进都还在。确定吗？",
        "en": "Without the old password the personal details kept so far cannot be opened. Setting a new one erases the names, phone and other personal details of {count} records; the advice and follow-up all stay. Go ahead?",
    },
    "records.keep_personal.no": {
        "zh": "以后不存姓名、电话这些个人信息了。已经存的还在，要删请在记录里删除。",
        "en": "From now on no personal details are kept. Those already kept stay until their records are deleted.",
    },
    "records.keep_personal.yes": {
        "zh": "以后经本人同意可以存个人信息",
        "en": "Personal details may be kept again, with the resident's consent",
    },
    "records.ledger.ask_personal": {
        "zh": "台账里带上户主、申报人姓名、电话和户号吗？身份证号只显示前 3 位和后 4 位。不带就只有村、面积、改造情况这些。",
        "en": "Include the names of the head and the applicant, the phone and the account numbers in the ledger? ID numbers show only their first 3 and last 4 characters. Without them the ledger holds the village, area and retrofit columns only.",
    },
    "ledger.batch_choices": {"zh": "部委|省|市定|农户自改", "en": "Ministry|Province|City|Household's own"},
    "records.ledger.details_not_kept": {
        "zh": "申报人、户号、身份证号只有本人同意保存个人信息时才能填（也要先输服务点密码；设置为不存个人信息时不能填）。",
        "en": "The applicant, account numbers and ID number can be filled only when the resident agreed that personal details are kept (and the service point's password is given; not under “keep no personal details”).",
    },
    "records.failed": {"zh": "没做成：{reason}", "en": "Not done: {reason}"},
    "records.password_set": {
        "zh": "服务点密码已设好。请记牢：忘了密码，个人信息就找不回来了。",
        "en": (
            "The service point's password is set. Keep it safe: if it is forgotten, personal "
            "details cannot be recovered."
        ),
    },
    "records.password_reset": {
        "zh": "已设新密码；{count} 条记录里的个人信息已清除，咨询内容都还在。",
        "en": ("New password set; personal details were erased from {count} records; the advice is all still there."),
    },
    "records.consent_notice": {
        "zh": (
            "个人信息告知：经您同意，我们保存户主和申报人姓名、电话、电表和燃气户号，"
            "办补贴时才保存身份证号（要另外同意）；"
            "只用来办清洁取暖申请、回访和补贴，不给别人。不存银行卡号。信息加了密，只存在这台电脑上，"
            "保存到您要求删除为止；您随时可以让服务点删掉，删除后旧备份里的最晚约 7 个月清除。"
            "不同意也照样给您出主意。"
        ),
        "en": (
            "Notice on personal details: with your consent we keep the names of the household head and the applicant, "
            "the phone number and the power and gas account numbers, and an ID number only for a subsidy application "
            "(with a separate consent). They are used only for your clean-heating application, follow-up visits and "
            "subsidies, and given to no one else. Bank card numbers are never kept. The details are encrypted and "
            "kept on this computer until you ask for them to be deleted; you can ask the service point at any time, "
            "and copies in old backups are gone within about 7 months. Without your consent you get the same advice."
        ),
    },
    "records.line": {"zh": "第 {line} 行", "en": "line {line}"},
    "records.exported": {"zh": "已导出 {count} 条到 {path}", "en": "{count} records exported to {path}"},
    "stage.advised": {"zh": "已咨询", "en": "Advised"},
    "stage.applied": {"zh": "已申请", "en": "Applied"},
    "stage.village_review": {"zh": "村初审", "en": "Village review"},
    "stage.town_review": {"zh": "镇审核", "en": "Town review"},
    "stage.installed": {"zh": "已安装", "en": "Installed"},
    "stage.inspected": {"zh": "已验收", "en": "Inspected"},
    "stage.subsidy_paid": {"zh": "补贴已发放", "en": "Subsidy paid"},
    "stage.declined": {"zh": "不改了", "en": "Declined"},
    "usage.normal": {"zh": "正常", "en": "In use"},
    "usage.idle": {"zh": "闲置", "en": "Idle"},
    "usage.stopped": {"zh": "停运", "en": "Stopped"},
    "usage.closed": {"zh": "销户", "en": "Account closed"},
    "category.electric": {"zh": "电代煤", "en": "Coal to electricity"},
    "category.gas": {"zh": "气代煤", "en": "Coal to gas"},
    "category.other": {"zh": "其他", "en": "Other"},
    "ledger.sheet": {"zh": "清洁取暖台账", "en": "Clean-heating ledger"},
    "ledger.id": {"zh": "记录编号", "en": "Record id"},
    "ledger.province": {"zh": "省", "en": "Province"},
    "ledger.county": {"zh": "区县", "en": "County"},
    "ledger.township": {"zh": "乡镇", "en": "Township"},
    "ledger.village": {"zh": "村", "en": "Village"},
    "ledger.head_name": {"zh": "户主姓名", "en": "Household head"},
    "ledger.applicant_name": {"zh": "申报人", "en": "Applicant"},
    "ledger.id_number": {"zh": "身份证号", "en": "ID number"},
    "ledger.phone": {"zh": "联系方式", "en": "Phone"},
    "ledger.heated_area": {"zh": "采暖面积(m²)", "en": "Heated area (m²)"},
    "ledger.category": {"zh": "改造类别", "en": "Retrofit category"},
    "ledger.kind": {"zh": "改造类型", "en": "Retrofit type"},
    "ledger.batch": {"zh": "改造批次", "en": "Retrofit batch"},
    "ledger.power_account": {"zh": "电力户号", "en": "Power account no."},
    "ledger.gas_account": {"zh": "燃气户号", "en": "Gas account no."},
    "ledger.usage": {"zh": "使用状态", "en": "Usage status"},
    "ledger.stage": {"zh": "办理进度", "en": "Stage"},
    "ledger.stage_date": {"zh": "进度日期", "en": "Stage date"},
    "ledger.consult_date": {"zh": "咨询日期", "en": "Consultation date"},
    "ledger.recommended": {"zh": "推荐方案", "en": "Recommended option"},
    "report.title": {"zh": "清洁取暖咨询汇总", "en": "Clean-heating consultations: summary"},
    "report.by_village": {"zh": "按村", "en": "By village"},
    "report.by_option": {"zh": "按推荐方案", "en": "By recommended option"},
    "report.households": {"zh": "户数", "en": "Households"},
    "report.coal_avoided": {"zh": "少烧煤(吨/年)", "en": "Coal avoided (t/yr)"},
    "report.co2_avoided": {"zh": "少排二氧化碳(吨/年)", "en": "CO₂ avoided (t/yr)"},
    "report.subsidy": {"zh": "设备补贴(元)", "en": "Purchase subsidies (yuan)"},
    "report.operating_subsidy": {"zh": "运行补贴(元/年)", "en": "Operating subsidies (yuan/yr)"},
    "report.added_peak": {"zh": "最冷时新增用电负荷(千瓦)", "en": "Added peak load at design temperature (kW)"},
    "report.total": {"zh": "合计", "en": "Total"},
    "report.place": {"zh": "区县 乡镇 村", "en": "County, township, village"},
    "report.made": {"zh": "{date} 制表，共 {count} 户咨询", "en": "Made on {date}; {count} households advised"},
    "report.page": {"zh": "{title}　第 {page} / {pages} 页", "en": "{title} · page {page} of {pages}"},
    "report.none": {"zh": "（无推荐）", "en": "(none recommended)"},
    "report.no_village": {"zh": "（未填村）", "en": "(no village)"},
    "report.note": {
        "zh": "按推荐方案都装上算；新增负荷是各户最冷时用电相加，没有打同时率折扣。",
        "en": (
            "Assumes every household follows the advice; the added load is the sum of each household's "
            "design-day draw, with no diversity factor."
        ),
    },
    "change.recommended": {
        "zh": "推荐方案从“{old}”变成“{new}”",
        "en": "the recommendation changed from “{old}” to “{new}”",
    },
    "change.demand": {
        "zh": "一季要的热从 {old:,.0f} 度变成 {new:,.0f} 度",
        "en": "heat needed per season changed from {old:,.0f} to {new:,.0f} kWh",
    },
    "change.running_cost": {
        "zh": "{option}：每季运行费从 {old:,.0f} 元变成 {new:,.0f} 元",
        "en": "{option}: running cost per season changed from {old:,.0f} to {new:,.0f} yuan",
    },
    "change.net_capital": {
        "zh": "{option}：补贴后设备费从 {old:,.0f} 元变成 {new:,.0f} 元",
        "en": "{option}: purchase after subsidy changed from {old:,.0f} to {new:,.0f} yuan",
    },
    "change.horizon_cost": {
        "zh": "{option}：总花费从 {old:,.0f} 元变成 {new:,.0f} 元",
        "en": "{option}: total cost changed from {old:,.0f} to {new:,.0f} yuan",
    },
    "change.pack": {
        "zh": "资料包 {option} 从 {old} 版换成 {new} 版",
        "en": "data pack {option} changed from version {old} to {new}",
    },
}

RECORD_FIELDS: dict[str, dict[str, str]] = {
    "personal": {"zh": "个人信息", "en": "Personal details"},
    "personal.consent": {"zh": "同意保存个人信息", "en": "Consent to keep personal details"},
    "personal.id_consent": {"zh": "同意保存身份证号", "en": "Consent to keep the ID number"},
    "personal.head_name": {"zh": "户主姓名", "en": "Household head"},
    "personal.applicant_name": {"zh": "申报人", "en": "Applicant"},
    "personal.phone": {"zh": "电话", "en": "Phone"},
    "personal.power_account": {"zh": "电力户号", "en": "Power account no."},
    "personal.gas_account": {"zh": "燃气户号", "en": "Gas account no."},
    "personal.id_number": {"zh": "身份证号", "en": "ID number"},
    "ledger.category": {"zh": "改造类别", "en": "Retrofit category"},
    "ledger.kind": {"zh": "改造类型", "en": "Retrofit type"},
    "ledger.batch": {"zh": "改造批次", "en": "Retrofit batch"},
    "note": {"zh": "备注", "en": "Note"},
    "season": {"zh": "采暖季", "en": "Heating season"},
    "password": {"zh": "密码", "en": "Password"},
    "record": {"zh": "记录", "en": "Record"},
    "output": {"zh": "输出文件", "en": "Output file"},
}

RECORD_PROBLEMS: dict[str, dict[str, str]] = {
    "consent_needed": {
        "zh": "要先问过本人、勾选“同意保存”，才能存姓名、电话这些信息",
        "en": "ask the resident and tick the consent box before names, phone and such are kept",
    },
    "id_consent_needed": {
        "zh": "身份证号要本人另外同意才能存",
        "en": "the ID number needs its own consent before it is kept",
    },
    "bank_card": {
        "zh": "像是银行卡号：银行卡号一律不存",
        "en": "looks like a bank card number: bank card numbers are never stored",
    },
    "phone": {"zh": "电话号码只能有数字", "en": "a phone number may hold digits only"},
    "account": {"zh": "户号只能有数字和字母", "en": "an account number may hold digits and letters only"},
    "id_number": {
        "zh": "身份证号不对（18 位，最后一位可以是 X）",
        "en": "is not a valid ID number (18 characters, the last may be X)",
    },
    "records_locked": {
        "zh": "要先输入服务点密码，才能存或看个人信息",
        "en": "enter the service point's password first to keep or see personal details",
    },
    "season_format": {"zh": "采暖季要写成 2026-2027", "en": "write the season as 2026-2027"},
    "wrong_password": {"zh": "密码不对", "en": "is not the right password"},
    "not_found": {"zh": "找不到这条记录", "en": "no such record"},
    "unknown_format": {"zh": "不是供暖参谋的记录交换文件", "en": "is not a HeatAdvisor records exchange file"},
    "newer_format": {
        "zh": "是新版程序导出的，请先升级程序",
        "en": "was made by a newer program: update this one first",
    },
    "truncated": {"zh": "文件不完整（可能没拷完）", "en": "is incomplete (perhaps not copied to the end)"},
    "checksum": {"zh": "文件内容被改动过或损坏了", "en": "has been altered or damaged"},
    "duplicate_record": {"zh": "同一条记录在文件里出现了两次", "en": "holds the same record twice"},
    "unsupported_output": {"zh": "只能导出 .csv 或 .xlsx 文件", "en": "must end in .csv or .xlsx"},
    "unsupported_report": {"zh": "汇总表只能存成 .xlsx 或 .pdf 文件", "en": "the report must end in .xlsx or .pdf"},
}
