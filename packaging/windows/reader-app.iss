; Inno Setup 6 script: per-machine installer for the 信息摘编 reader on Windows.
;
; Build (on Windows, after `python packaging\build.py` made packaging\dist\reader-app):
;   iscc /DAppVersion=0.1.0 packaging\windows\reader-app.iss
; Output: packaging\dist\reader-app-<version>-setup.exe
;
; Mass deployment (see docs\deployment.md):
;   reader-app-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG=C:\Temp\reader-install.log
;   ... /POLICY=\\server\it\reader-app\policy.toml   also installs the machine policy
;   "C:\Program Files\Xinxi Zhaibian Reader\unins000.exe" /VERYSILENT   uninstalls
;
; Keep in step with packaging\reader-app.spec: it installs exactly the one-folder
; bundle (reader-app.exe, reader-app-cli.exe, _internal\), nothing else.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 reader-app.iss (reader_app/__init__.py)
#endif
#ifndef DistDir
  #define DistDir "..\dist\reader-app"
#endif
#define AppName "Xinxi Zhaibian Reader"
#define AppNameZh "信息摘编阅读器"
#define AppPublisher "TJFTZ Library"
#define AppExe "reader-app.exe"
; platformdirs.site_config_dir("reader-app", "TJFTZ-Library") on Windows:
#define PolicyDir "{commonappdata}\TJFTZ-Library\reader-app"

[Setup]
; Never change AppId: upgrades and the uninstaller find the installation by it.
AppId={{6F1C2B8E-5D4A-4E8B-9C3F-2A7D1E0B9C44}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} installer
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
; Per machine: Program Files, all users, needs administrator rights.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\reader-app.ico
OutputDir=..\dist
OutputBaseFilename=reader-app-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running reader before replacing its files (also in silent mode).
CloseApplications=force
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no stale libraries from the previous version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Optional machine policy, given on the command line: /POLICY=path\to\policy.toml
; It belongs to IT: an upgrade replaces it only when /POLICY is given again, and
; the uninstaller leaves it (remove it by hand, see docs\deployment.md).
Source: "{param:POLICY}"; DestDir: "{#PolicyDir}"; DestName: "policy.toml"; \
  Flags: external ignoreversion uninsneveruninstall; Check: PolicyGiven

[Icons]
Name: "{autoprograms}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{#AppName}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent

[Code]
function PolicyGiven(): Boolean;
begin
  Result := ExpandConstant('{param:POLICY}') <> '';
  if Result and not FileExists(ExpandConstant('{param:POLICY}')) then
  begin
    Log('POLICY file not found: ' + ExpandConstant('{param:POLICY}'));
    Result := False;
  end;
end;
