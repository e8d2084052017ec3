// Build-time constants webpack's DefinePlugin fills in.

/** True in development and test builds, which talk to the Graph sandbox; false in production. */
declare const __SANDBOX__: boolean;
