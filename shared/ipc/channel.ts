// Owns the shape of one channel declaration: zod input and output, and who may call it.
import type { z } from 'zod';
import type { Role } from '../domain/roles.ts';

/**
 * `public`: callable without a session (first run, login).
 * `signedIn`: any signed-in user, whatever the role.
 * A role list: only users holding one of these roles.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export type ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  input: I;
  output: O;
  access: Access;
  /** Writes change the database and are audited; reads never write an audit entry. */
  kind: 'read' | 'write';
  /** One Indonesian line for the CLI's help and the audit screen. */
  title: string;
};

export const defineChannel = <I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>) => def;

/** '<domain>.<verb>', both camelCase: checked by the contract test and by the preload before sending. */
export const CHANNEL_NAME = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/;
