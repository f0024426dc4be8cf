export const videoFacadeStyle: string;
