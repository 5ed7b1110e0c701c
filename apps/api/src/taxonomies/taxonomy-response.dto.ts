import { ApiProperty } from '@nestjs/swagger';
import { TOPIC_GROUPS, type LocalisedTaxonomies } from '@syndesmos/taxonomies';
import { taxonomyCode, type TaxonomyEnumName } from './taxonomy-codes';

// One option class per taxonomy, so each `code` carries that taxonomy's enum.
function optionOf(name: TaxonomyEnumName, example: { code: string; label: string }) {
  class OptionDto {
    @ApiProperty(taxonomyCode(name, { example: example.code })) code!: string;
    @ApiProperty({ description: 'In the Accept-Language locale', example: example.label }) label!: string;
  }
  Object.defineProperty(OptionDto, 'name', { value: `${name.replace(/Code$/, '')}OptionDto` });
  return OptionDto;
}

export class CountryOptionDto extends optionOf('CountryCode', { code: 'GR', label: 'Greece' }) {
  @ApiProperty({ description: 'May take part in Erasmus+ KA2 VET partnerships as a full partner' })
  eligible!: boolean;
}
export class NaceSectionOptionDto extends optionOf('NaceSectionCode', { code: 'P', label: 'Education' }) {}
export class NaceDivisionOptionDto extends optionOf('NaceDivisionCode', { code: '85', label: 'Education' }) {
  @ApiProperty(taxonomyCode('NaceSectionCode', { description: 'The section it belongs to', example: 'P' }))
  section!: string;
}
export class OrganisationTypeOptionDto extends optionOf('OrganisationTypeCode', {
  code: 'vet_provider',
  label: 'VET school or provider',
}) {}
export class TopicOptionDto extends optionOf('TopicCode', { code: 'digital_skills', label: 'Digital skills' }) {
  @ApiProperty({ enum: TOPIC_GROUPS }) group!: string;
}
export class TargetGroupOptionDto extends optionOf('TargetGroupCode', {
  code: 'ivet_learners',
  label: 'Learners in initial VET',
}) {}
export class LanguageOptionDto extends optionOf('LanguageCode', { code: 'el', label: 'Greek' }) {}
export class SizeBandOptionDto extends optionOf('SizeBandCode', { code: '10-49', label: '10–49 people' }) {}
export class ReportCategoryOptionDto extends optionOf('ReportCategoryCode', {
  code: 'inaccurate_information',
  label: 'Inaccurate information',
}) {}

export class TaxonomiesResponseDto {
  @ApiProperty({ type: [CountryOptionDto], description: 'By label' }) countries!: CountryOptionDto[];
  @ApiProperty({ enum: ['NACE_REV2'] }) naceRevision!: string;
  @ApiProperty({ type: [NaceSectionOptionDto], description: 'By code' }) naceSections!: NaceSectionOptionDto[];
  @ApiProperty({ type: [NaceDivisionOptionDto], description: 'By code' }) naceDivisions!: NaceDivisionOptionDto[];
  @ApiProperty({ type: [OrganisationTypeOptionDto] }) organisationTypes!: OrganisationTypeOptionDto[];
  @ApiProperty({ type: [TopicOptionDto] }) topics!: TopicOptionDto[];
  @ApiProperty({ type: [TargetGroupOptionDto] }) targetGroups!: TargetGroupOptionDto[];
  @ApiProperty({ type: [LanguageOptionDto], description: 'By label' }) languages!: LanguageOptionDto[];
  @ApiProperty({ type: [SizeBandOptionDto], description: 'Smallest first' }) sizeBands!: SizeBandOptionDto[];
  @ApiProperty({ type: [ReportCategoryOptionDto] }) reportCategories!: ReportCategoryOptionDto[];
}

/**
 * The lib's tables are already plain data in the answer's shape, built once per locale and
 * frozen: they are answered as they are rather than copied on every request.
 */
export function toTaxonomiesResponse(t: LocalisedTaxonomies): TaxonomiesResponseDto {
  return t as unknown as TaxonomiesResponseDto;
}
