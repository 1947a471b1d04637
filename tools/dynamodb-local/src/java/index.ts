export { checkJava, isJavaAvailable, type JavaInstallation, MINIMUM_JAVA_MAJOR } from './check-java';
export { type JavaVersion, parseJavaVersion } from './parse-java-version';
export { type ResolvedJavaBin, resolveJavaBin } from './resolve-java-bin';
