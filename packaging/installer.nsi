; HeatAdvisor (供暖参谋) Windows installer: per user, no administrator rights, Chinese texts.
;   makensis -DVERSION=<version> -DSOURCE=<absolute path to dist\HeatAdvisor> -DOUTFILE=<setup.exe> packaging\installer.nsi
; (packaging/build.sh --installer passes all three; -DUNCOMPRESSED, CI's stand-in, stores the
; files uncompressed.) The user's records, imported packs and
; settings live in %LOCALAPPDATA%\HeatAdvisor (platformdirs' user data folder "HeatAdvisor"),
; never in the program folder: an update replaces the program and keeps them, and the
; uninstaller deletes them only when the user says so. Saved as UTF-8 with a BOM, which
; makensis needs to read the Chinese texts.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
!ifdef UNCOMPRESSED
  SetCompress off  ; packaging/ci.sh: the script compiled over the folder in seconds, not LZMA's minutes
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION | SOURCE | OUTFILE
  !error "give -DVERSION=…, -DSOURCE=… (the built folder) and -DOUTFILE=…"
!endif

!define APP "供暖参谋"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\HeatAdvisor"
!define DATA "$LOCALAPPDATA\HeatAdvisor"
!define MIN_BUILD 17763  ; Windows 10 1809: the oldest Qt 6 runs on (Python 3.11 needs Windows 8.1+)

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\HeatAdvisor"
InstallDirRegKey HKCU "Software\HeatAdvisor" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${APP} HeatAdvisor"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APP} 安装程序"
VIAddVersionKey /LANG=2052 "LegalCopyright" "MIT"

; relative to this script's folder (makensis works from there)
!define MUI_ICON "icon/heatadvisor.ico"
!define MUI_UNICON "icon/heatadvisor.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "这个程序会把${APP} ${VERSION} 装到这台电脑上。$\r$\n$\r$\n不需要管理员密码，也不需要上网。以前保存的咨询记录和导入的资料包都会留着。$\r$\n$\r$\n点“下一步”继续。"
!define MUI_FINISHPAGE_RUN "$INSTDIR\HeatAdvisor.exe"
!define MUI_FINISHPAGE_RUN_TEXT "现在打开${APP}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

Function .onInit
  ${IfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} ${MIN_BUILD}
    MessageBox MB_OK|MB_ICONSTOP "这台电脑的 Windows 太旧，装不了${APP}。$\r$\n$\r$\n需要 Windows 10（1809 版或更新）或 Windows 11。Windows 7 和 8 都不行。" /SD IDOK
    Abort
  ${EndIf}
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "这台电脑是 32 位的 Windows，装不了${APP}。需要 64 位的 Windows 10 或 11。" /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Section "${APP}"
  SetOutPath "$INSTDIR"
  ; an update: the old program's files go first, so none of them is left beside the new ones
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortCut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\HeatAdvisor.exe"
  CreateShortCut "$SMPROGRAMS\${APP}\${APP}自检.lnk" "$SYSDIR\cmd.exe" '/k ""$INSTDIR\heatadvisor-cli.exe" self-test"' "$INSTDIR\HeatAdvisor.exe"
  CreateShortCut "$SMPROGRAMS\${APP}\卸载${APP}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\HeatAdvisor.exe"

  WriteRegStr HKCU "Software\HeatAdvisor" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP} HeatAdvisor"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\HeatAdvisor.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$SMPROGRAMS\${APP}"
  ; only what the installer put there: the folder may have been chosen by hand
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\HeatAdvisor.exe"
  Delete "$INSTDIR\heatadvisor-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\HeatAdvisor"
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "程序已经删掉了。$\r$\n$\r$\n保存的咨询记录、导入的资料包和设置还留在这台电脑上（${DATA}）。$\r$\n要把它们也删掉吗？删了就找不回来了。$\r$\n$\r$\n不确定就点“否”。" /SD IDNO IDNO keep
    RMDir /r "${DATA}"
  keep:
SectionEnd
