/** A file attached to an item ("Liite 1"); files are uploaded on the meeting page, not kept in the document. */
export interface ItemFile {
	id: number;
	itemKey: string;
	number: number;
	filename: string;
}
