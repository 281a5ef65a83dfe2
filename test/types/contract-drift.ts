// Compile-time checks (run by `npm run typecheck`): the response schema that produces the
// OpenAPI document and the typed contract describes exactly the status doc the domain builds.
// A field added to one and not the other, at any depth, stops the build here.
import type { z } from "zod";
import type { StatusDoc } from "../../src/domain/index.js";
import type { StatusDocOut } from "../../src/http/responses.js";

type Obj<T> = Exclude<T, null | undefined>;
type Elem<T> = T extends readonly (infer E)[] ? E : never;

/** The paths where A and B have different property names, at any depth ("" when none). */
type KeyDrift<A, B, P extends string = ""> = [Obj<A>] extends [readonly unknown[]]
  ? KeyDrift<Elem<Obj<A>>, Elem<Obj<B>>, `${P}[]`>
  : [Obj<A>] extends [object]
    ? | (Exclude<keyof Obj<A>, keyof Obj<B>> extends never
          ? never
          : `${P}.${Exclude<keyof Obj<A>, keyof Obj<B>> & string}`)
      | (Exclude<keyof Obj<B>, keyof Obj<A>> extends never
          ? never
          : `${P}.${Exclude<keyof Obj<B>, keyof Obj<A>> & string}`)
      | {
          [K in keyof Obj<A> & keyof Obj<B> & string]: KeyDrift<Obj<A>[K], Obj<B>[K], `${P}.${K}`>;
        }[keyof Obj<A> & keyof Obj<B> & string]
    : never;

/** Compiles only while no property is missing on either side. */
export const noDrift: [KeyDrift<z.infer<typeof StatusDocOut>, StatusDoc>] extends [never]
  ? true
  : KeyDrift<z.infer<typeof StatusDocOut>, StatusDoc> = true;

/** And every status doc the domain builds is a valid answer by the schema. */
export const docFitsSchema = (doc: StatusDoc): z.infer<typeof StatusDocOut> => doc;
