// How screens and the engine's sentences name a document's jurisdiction: in Chinese as the
// document names it (常州国家高新区(新北区)); in English by the region's English name with its
// Chinese name beside it ("Dazu District, Chongqing (大足区)"), so an English reader can match it
// to the Chinese text on a sign or a form.
import { bilingualPlace } from '../regions/names.ts';
import type { Bilingual } from '../vocabulary.ts';
import type { PolicyDocument } from './types.ts';

export function jurisdictionName(document: Pick<PolicyDocument, 'jurisdiction'>): Bilingual {
	const { name, place } = document.jurisdiction;
	return place ? { zh: name.zh, en: bilingualPlace(place.en, place.zh) } : name;
}
