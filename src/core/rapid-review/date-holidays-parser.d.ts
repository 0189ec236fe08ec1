// date-holidays-parser ships its types as an ambient module, but its package "exports" do not
// point to them, so NodeNext resolution cannot find them on its own.
/// <reference path="../../../node_modules/date-holidays-parser/types/index.d.ts" />
