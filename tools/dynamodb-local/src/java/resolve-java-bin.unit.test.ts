import { resolveJavaBin } from './resolve-java-bin';

describe('resolveJavaBin', () => {
  it('prefers the explicit option over JAVA_HOME', () => {
    expect(resolveJavaBin('/opt/custom/java', { JAVA_HOME: '/opt/jdk' })).toEqual({
      javaBin: '/opt/custom/java',
      origin: 'the javaBin option',
    });
  });

  it('uses $JAVA_HOME/bin/java when no option is given', () => {
    expect(resolveJavaBin(undefined, { JAVA_HOME: '/opt/jdk-17' })).toEqual({
      javaBin: '/opt/jdk-17/bin/java',
      origin: 'JAVA_HOME=/opt/jdk-17',
    });
  });

  it('falls back to java on PATH when JAVA_HOME is unset or empty', () => {
    expect(resolveJavaBin(undefined, {})).toEqual({ javaBin: 'java', origin: 'PATH' });
    expect(resolveJavaBin('', { JAVA_HOME: '' })).toEqual({ javaBin: 'java', origin: 'PATH' });
  });
});
