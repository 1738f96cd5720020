import { ApiProperty } from '@nestjs/swagger';
import { ISLAND_GROUPS, type IslandGroup } from './island-group.js';

export class RegencyView {
  @ApiProperty({ example: '32.73' }) code: string;
  @ApiProperty({ example: 'Kota Bandung' }) name: string;
}

export class ProvinceView {
  @ApiProperty({ example: '32' }) code: string;
  @ApiProperty({ example: 'Jawa Barat' }) name: string;
  @ApiProperty({ enum: ISLAND_GROUPS }) islandGroup: IslandGroup;
  @ApiProperty({ type: RegencyView, isArray: true }) regencies: RegencyView[];
}
