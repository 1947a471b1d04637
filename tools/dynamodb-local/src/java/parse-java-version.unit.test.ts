import { parseJavaVersion } from './parse-java-version';

describe('parseJavaVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', '17.0.15', 17],
    ['java version "1.8.0_392"\nJava(TM) SE Runtime Environment', '1.8.0_392', 8],
    ['openjdk version "21" 2023-09-19', '21', 21],
    ['openjdk version "22-ea" 2024-03-19', '22-ea', 22],
    ['openjdk version "11.0.22" 2024-01-16 LTS', '11.0.22', 11],
    ['openjdk 17.0.2 2022-01-18\nOpenJDK Runtime Environment', '17.0.2', 17],
    ['Picked up JAVA_TOOL_OPTIONS: -Xss1m\nopenjdk version "17.0.9" 2023-10-17', '17.0.9', 17],
  ])('reads %j as version %s, major %i', (output, version, major) => {
    expect(parseJavaVersion(output)).toEqual({ version, major });
  });

  it.each([[''], ['command not found'], ['openjdk version "unknown"']])('returns undefined for %j', (output) => {
    expect(parseJavaVersion(output)).toBeUndefined();
  });
});
