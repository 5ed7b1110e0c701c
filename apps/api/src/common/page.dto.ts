import { ApiProperty } from '@nestjs/swagger';

type Constructor<T = object> = new (...args: never[]) => T;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const pages = new Map<Constructor, Constructor<Page<unknown>>>();

/**
 * The one paging shape for lists that can grow: `{ items, nextCursor }`, documented once per
 * item type. The class is named `<Item>Page` (an `ItemResponseDto` gives `ItemPageDto`) and is
 * built once per item class, so the OpenAPI document holds one schema per list.
 */
export function PageOf<T extends object>(item: Constructor<T>): Constructor<Page<T>> {
  const known = pages.get(item);
  if (known) return known as Constructor<Page<T>>;

  class PageDto implements Page<T> {
    @ApiProperty({ type: item, isArray: true })
    items!: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      description: 'Opaque cursor for the next page (send it as `cursor`); null on the last page',
      example: null,
    })
    nextCursor!: string | null;
  }
  const name = `${item.name.replace(/(ResponseDto|Dto|Response)$/, '')}PageDto`;
  Object.defineProperty(PageDto, 'name', { value: name });
  pages.set(item, PageDto);
  return PageDto;
}
