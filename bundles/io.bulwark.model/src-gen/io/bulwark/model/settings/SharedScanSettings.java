/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shared Scan Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Scan settings shared by every scan type of every agent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.SharedScanSettings#isExcludeServerDatabaseFolder <em>Exclude Server Database Folder</em>}</li>
 *   <li>{@link io.bulwark.model.settings.SharedScanSettings#isExcludeExchangeFolders <em>Exclude Exchange Folders</em>}</li>
 *   <li>{@link io.bulwark.model.settings.SharedScanSettings#getMaxCompressedSizeMb <em>Max Compressed Size Mb</em>}</li>
 *   <li>{@link io.bulwark.model.settings.SharedScanSettings#getMaxCompressedFiles <em>Max Compressed Files</em>}</li>
 *   <li>{@link io.bulwark.model.settings.SharedScanSettings#isCleanCompressedFiles <em>Clean Compressed Files</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getSharedScanSettings()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface SharedScanSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Exclude Server Database Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the management server's database folder is never scanned on the server's own endpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclude Server Database Folder</em>' attribute.
	 * @see #setExcludeServerDatabaseFolder(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getSharedScanSettings_ExcludeServerDatabaseFolder()
	 * @model
	 * @generated
	 */
	boolean isExcludeServerDatabaseFolder();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.SharedScanSettings#isExcludeServerDatabaseFolder <em>Exclude Server Database Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclude Server Database Folder</em>' attribute.
	 * @see #isExcludeServerDatabaseFolder()
	 * @generated
	 */
	void setExcludeServerDatabaseFolder(boolean value);

	/**
	 * Returns the value of the '<em><b>Exclude Exchange Folders</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether Microsoft Exchange server folders are never scanned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclude Exchange Folders</em>' attribute.
	 * @see #setExcludeExchangeFolders(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getSharedScanSettings_ExcludeExchangeFolders()
	 * @model
	 * @generated
	 */
	boolean isExcludeExchangeFolders();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.SharedScanSettings#isExcludeExchangeFolders <em>Exclude Exchange Folders</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclude Exchange Folders</em>' attribute.
	 * @see #isExcludeExchangeFolders()
	 * @generated
	 */
	void setExcludeExchangeFolders(boolean value);

	/**
	 * Returns the value of the '<em><b>Max Compressed Size Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Compressed files larger than this many megabytes are not opened, 1 to 2048.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Compressed Size Mb</em>' attribute.
	 * @see #setMaxCompressedSizeMb(int)
	 * @see io.bulwark.model.settings.SettingsPackage#getSharedScanSettings_MaxCompressedSizeMb()
	 * @model
	 * @generated
	 */
	int getMaxCompressedSizeMb();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.SharedScanSettings#getMaxCompressedSizeMb <em>Max Compressed Size Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Compressed Size Mb</em>' attribute.
	 * @see #getMaxCompressedSizeMb()
	 * @generated
	 */
	void setMaxCompressedSizeMb(int value);

	/**
	 * Returns the value of the '<em><b>Max Compressed Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only this many files in a compressed file are scanned, 1 to 100000.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Compressed Files</em>' attribute.
	 * @see #setMaxCompressedFiles(int)
	 * @see io.bulwark.model.settings.SettingsPackage#getSharedScanSettings_MaxCompressedFiles()
	 * @model
	 * @generated
	 */
	int getMaxCompressedFiles();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.SharedScanSettings#getMaxCompressedFiles <em>Max Compressed Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Compressed Files</em>' attribute.
	 * @see #getMaxCompressedFiles()
	 * @generated
	 */
	void setMaxCompressedFiles(int value);

	/**
	 * Returns the value of the '<em><b>Clean Compressed Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether infected files inside compressed files are cleaned or deleted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clean Compressed Files</em>' attribute.
	 * @see #setCleanCompressedFiles(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getSharedScanSettings_CleanCompressedFiles()
	 * @model
	 * @generated
	 */
	boolean isCleanCompressedFiles();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.SharedScanSettings#isCleanCompressedFiles <em>Clean Compressed Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clean Compressed Files</em>' attribute.
	 * @see #isCleanCompressedFiles()
	 * @generated
	 */
	void setCleanCompressedFiles(boolean value);

} // SharedScanSettings
