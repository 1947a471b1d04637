import type { RouteDeclaration } from '@aircraftops/declarations';

import { MalformedPathError } from './malformed-path-error';

export interface MatchedRoute {
  readonly route: RouteDeclaration;
  readonly pathParameters: Record<string, string>;
}

interface CompiledRoute {
  readonly route: RouteDeclaration;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  /** Literal segments count: API Gateway prefers the most specific route. */
  readonly specificity: number;
}

const compile = (route: RouteDeclaration): CompiledRoute => {
  const names: string[] = [];
  let specificity = 0;
  const source = route.path
    .split('/')
    .map((segment) => {
      const greedy = /^\{(\w+)\+\}$/.exec(segment);
      if (greedy) {
        names.push(greedy[1]!);
        return '(.+)';
      }
      const param = /^\{(\w+)\}$/.exec(segment);
      if (param) {
        names.push(param[1]!);
        return '([^/]+)';
      }
      specificity += 1;
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}/?$`), names, specificity };
};

// `decodeURIComponent` throws a URIError on broken percent-encoding; that is the caller's mistake.
const decodeParameter = (raw: string): string => {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new MalformedPathError(raw);
  }
};

/**
 * Matches requests to declared routes the way API Gateway HTTP APIs do: on the raw path (no
 * dot-segment resolution: `..` is a parameter value like any other, which the handler validates),
 * `{name}` matches one path segment, `{name+}` the rest, and the most specific route wins.
 */
export class RouteMatcher {
  private readonly routes: CompiledRoute[];

  constructor(routes: readonly RouteDeclaration[]) {
    this.routes = routes.map(compile).sort((a, b) => b.specificity - a.specificity);
  }

  /** @throws MalformedPathError when a matched parameter is not valid percent-encoded UTF-8. */
  match(method: string, rawPath: string): MatchedRoute | undefined {
    for (const compiled of this.routes) {
      if (compiled.route.method !== method) continue;
      const found = compiled.pattern.exec(rawPath);
      if (!found) continue;
      const pathParameters: Record<string, string> = {};
      compiled.names.forEach((name, index) => {
        pathParameters[name] = decodeParameter(found[index + 1]!);
      });
      return { route: compiled.route, pathParameters };
    }
    return undefined;
  }
}
