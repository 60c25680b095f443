@echo off
rem boardpack launcher for Windows, in the release archive's bin folder: runs lib\boardpack.jar with a Java 21+.
rem Usage: bin\boardpack.cmd COMMAND [ARGUMENTS]   (bin\boardpack.cmd --help)
setlocal
for %%I in ("%~dp0..") do set "BOARDPACK_HOME=%%~fI"
if not defined BOARDPACK_TEMPLATES set "BOARDPACK_TEMPLATES=%BOARDPACK_HOME%\templates"
if not defined BOARDPACK_PROGRESS set "BOARDPACK_PROGRESS=log"

set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -version >nul 2>&1
if errorlevel 1 (
  echo boardpack needs Java 21 or newer, and none was found in JAVA_HOME or on the PATH. Install a JDK 21+ 1>&2
  echo ^(for example a Temurin 21 or 25 build^) and set JAVA_HOME to it. 1>&2
  exit /b 1
)
"%JAVA_EXE%" %BOARDPACK_JAVA_OPTS% -jar "%BOARDPACK_HOME%\lib\boardpack.jar" %*
exit /b %ERRORLEVEL%
