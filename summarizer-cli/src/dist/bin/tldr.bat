@echo off
rem tldr: summarize text from the command line. `tldr --help` gives the usage.
rem Runs lib\tldr.jar of this distribution on Java 17 or later: %JAVA_HOME%\bin\java.exe, or java
rem on the PATH, with %JAVA_OPTS%. FILE paths are relative to the caller's working directory.
rem The JVM's quick compiler only (-XX:TieredStopAtLevel=1), loops compiled sooner (the Tier3 flags)
rem and a young generation of 128 MB
rem (-Xmn128m), as bin/tldr; JAVA_OPTS comes after them.
setlocal
set "TLDR_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVACMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVACMD=java.exe"
)
"%JAVACMD%" -XX:TieredStopAtLevel=1 -XX:Tier3MinInvocationThreshold=20 -XX:Tier3CompileThreshold=1000 -Xmn128m %JAVA_OPTS% -Dtldr.progress=false -jar "%TLDR_HOME%\lib\tldr.jar" %*
exit /b %ERRORLEVEL%
