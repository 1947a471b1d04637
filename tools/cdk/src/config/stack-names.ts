/** The app whose functions the platform stack deploys (the bridge is part of the platform). */
export const PLATFORM_APP = 'stream-bridge';

/** The platform stack's name. */
export const PLATFORM_STACK_NAME = 'aircraftops-platform';

/**
 * The CloudFormation stack an app deploys to: the platform stack for the stream bridge, else its own.
 * @example
 * stackNameOf('aircraft'); // 'aircraftops-aircraft'
 */
export const stackNameOf = (app: string): string => (app === PLATFORM_APP ? PLATFORM_STACK_NAME : `aircraftops-${app}`);
