/**
 * The live documents in memory, by name: each is loaded once, shared by all
 * its connections and forgotten when it unloads (Hocuspocus keeps the same
 * map of its Documents). Every room gets the storage the entry chose.
 */
import type { Logger } from './log';
import { Room, type RoomSettings } from './room';
import type { RoomStorage } from './storage';

export class Rooms {
	private readonly rooms = new Map<string, Room>();

	constructor(
		private readonly storage: RoomStorage,
		private readonly settings: RoomSettings,
		private readonly log: Logger
	) {}

	/**
	 * The room of a stored document, loaded first if it is not in memory; null
	 * when nothing is stored under the name. Throws when loading fails.
	 */
	open(name: string): Room | null {
		const existing = this.rooms.get(name);
		if (existing) return existing;
		const room = Room.load(this.storage, name, this.settings, this.log, (closed) => {
			if (this.rooms.get(closed.name) === closed) this.rooms.delete(closed.name);
		});
		if (room) this.rooms.set(name, room);
		return room;
	}

	/** A change the app stored: an open room takes it in; a room loaded later reads it from storage. */
	applyStoredUpdate(name: string, updateId: number): void {
		try {
			this.rooms.get(name)?.applyStoredUpdate(updateId);
		} catch (err) {
			// The change is stored; the editors get it when they next load the document.
			this.log.error(`applying a stored change to ${name} failed`, err);
		}
	}

	names(): string[] {
		return [...this.rooms.keys()];
	}

	/** Sends every peer away with `code` and writes what is pending. */
	shutDown(code: number, reason: string): void {
		for (const room of [...this.rooms.values()]) room.shutDown(code, reason);
	}
}
