export function nodeProblem(): Promise<string | undefined>;
