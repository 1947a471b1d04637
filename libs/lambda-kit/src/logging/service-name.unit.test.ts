import { runInFunctionScope } from '../runtime';
import { httpHandler } from '../http/http-handler';
import { sqsBatchHandler } from '../sqs/sqs-batch-handler';
import { buildHttpEvent } from '../testing/build-http-event';
import { buildLambdaContext } from '../testing/build-lambda-context';
import { buildSqsEvent } from '../testing/build-sqs-event';
import { defaultLogger } from './default-logger';
import { serviceNameFromEnv } from './service-name';

const scope = (service: string) => ({ name: `${service}-fn`, env: { POWERTOOLS_SERVICE_NAME: service, POWERTOOLS_LOG_LEVEL: 'INFO' } });

describe('the service name of the default loggers', () => {
  it('is the current function’s POWERTOOLS_SERVICE_NAME, else the fallback', () => {
    expect(runInFunctionScope(scope('ingestion'), () => serviceNameFromEnv())).toBe('ingestion');
    expect(serviceNameFromEnv('audit', {})).toBe('audit');
    expect(serviceNameFromEnv(undefined, { POWERTOOLS_SERVICE_NAME: '' })).toBe('aircraftops');
  });

  it('names each function’s app when functions of several apps share the process (the local runtime)', () => {
    const aircraft = runInFunctionScope(scope('aircraft'), () => defaultLogger());
    const audit = runInFunctionScope(scope('audit'), () => defaultLogger());

    expect(aircraft).not.toBe(audit);
    expect(runInFunctionScope(scope('aircraft'), () => defaultLogger())).toBe(aircraft);
  });

  it('HTTP and batch stacks built inside a function log under its app', async () => {
    const failing = runInFunctionScope(scope('aircraft'), () => httpHandler({ role: 'public' }, async () => Promise.reject(new Error('boom'))));
    const batch = runInFunctionScope(scope('audit'), () => sqsBatchHandler(async (message) => {
      if (message.body.includes('bad')) throw new Error('bad message');
    }));

    const aircraftErrors = jest.spyOn(runInFunctionScope(scope('aircraft'), defaultLogger), 'error').mockImplementation(() => undefined);
    const auditErrors = jest.spyOn(runInFunctionScope(scope('audit'), defaultLogger), 'error').mockImplementation(() => undefined);

    await runInFunctionScope(scope('aircraft'), () => failing(buildHttpEvent(), buildLambdaContext()));
    await runInFunctionScope(scope('audit'), () => batch(buildSqsEvent([{ detail: { bad: true } }, { detail: {} }]), buildLambdaContext()));

    expect(aircraftErrors.mock.calls.map(([message]) => message)).toEqual(['Request failed with an unexpected error']);
    expect(auditErrors.mock.calls.map(([message]) => message)).toEqual(['SQS record failed; reporting it for redelivery']);
  });
});
